package org.casebook.perf;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcomes dashboard benchmark of docs/performance.md: team managers opening their team's
 * dashboard for the last 12 months (a team-year) over {@code perf.contacts} (1,000,000) contacts,
 * 400,000 resolutions and {@code perf.reviews} (200,000) reviews. Every answer must be the
 * dashboard with its figures (the repeat-contact table), so a failure cannot pass as a quick
 * answer.
 *
 * <p>Settings (system properties): perf.baseUrl (http://127.0.0.1:8181), perf.users (10),
 * perf.rampSeconds (20), perf.warmupSeconds (60), perf.steadySeconds (180), perf.thinkScale (1).
 */
public class OutcomesSimulation extends Simulation {

  static final String BASE_URL = System.getProperty("perf.baseUrl", "http://127.0.0.1:8181");
  static final int USERS = Integer.getInteger("perf.users", 10);
  static final long RAMP = Long.getLong("perf.rampSeconds", 20);
  static final long WARMUP = Long.getLong("perf.warmupSeconds", 60);
  static final long STEADY = Long.getLong("perf.steadySeconds", 180);
  static final double THINK = Double.parseDouble(System.getProperty("perf.thinkScale", "1"));
  static final String NAME = "team dashboard, last 12 months";

  static final List<Integer> SAMPLES = Collections.synchronizedList(new ArrayList<>());

  private final long warmUntil;
  private final long measureUntil;

  public OutcomesSimulation() {
    long start = System.currentTimeMillis();
    warmUntil = start + (RAMP + WARMUP) * 1000;
    measureUntil = warmUntil + STEADY * 1000;
    ScenarioBuilder managers =
        scenario("Outcomes dashboard")
            .feed(managers())
            .exec(SignIn.chain(BASE_URL))
            .exitHereIfFailed()
            .exec(asLongAs(s -> System.currentTimeMillis() < warmUntil).on(open("warm-up: ")))
            .exec(asLongAs(s -> System.currentTimeMillis() < measureUntil).on(open("")));
    setUp(managers.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP))))
        .protocols(PerfKit.protocol(BASE_URL))
        // Not a timing assertion: a benchmark whose requests failed measured nothing.
        .assertions(global().failedRequests().count().is(0L));
  }

  private static Iterator<Map<String, Object>> managers() {
    List<String> names = new ArrayList<>();
    for (int t = 1; t <= 20; t++) {
      names.add(String.format(Locale.ROOT, "perf.manager%02d", t));
    }
    return PerfKit.usernames(names);
  }

  private ChainBuilder open(String prefix) {
    return exitBlockOnFail()
        .on(
            exec(http(prefix + NAME)
                    .get("/outcomes/index.xhtml?period=last12")
                    .check(responseTimeInMillis().saveAs("rt"))
                    .check(status().is(200))
                    .check(substring("id=\"group-")))
                .exec(
                    session -> {
                      if (prefix.isEmpty() && !session.isFailed()) {
                        SAMPLES.add(session.getInt("rt"));
                      }
                      return session;
                    })
                .exec(
                    pause(
                        Duration.ofMillis((long) (1000 * THINK)),
                        Duration.ofMillis((long) (3000 * THINK)))));
  }

  @Override
  public void after() {
    PerfKit.summary("Outcomes benchmark", USERS, THINK, NAME, SAMPLES);
  }
}
