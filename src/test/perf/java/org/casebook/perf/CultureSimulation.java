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
import java.util.List;
import java.util.Locale;

/**
 * The practice culture dashboard benchmark of docs/performance.md: team managers opening their
 * team's dashboard for 36 months, and a leader opening the whole council's for 36 months, over
 * {@code perf.figures} (1,000,000) signed records and their audits. Every answer must be the
 * dashboard with its figures (the language table; for the leader, the figures by team), so a
 * failure cannot pass as a quick answer.
 *
 * <p>Settings (system properties): perf.baseUrl (http://127.0.0.1:8181), perf.users (10 managers),
 * perf.leaders (2), perf.teams (20, the managers to sign in as), perf.rampSeconds (20),
 * perf.warmupSeconds (60), perf.steadySeconds (180), perf.thinkScale (1).
 */
public class CultureSimulation extends Simulation {

  static final String BASE_URL = System.getProperty("perf.baseUrl", "http://127.0.0.1:8181");
  static final int USERS = Integer.getInteger("perf.users", 10);
  static final int LEADERS = Integer.getInteger("perf.leaders", 2);
  static final int TEAMS = Integer.getInteger("perf.teams", 20);
  static final long RAMP = Long.getLong("perf.rampSeconds", 20);
  static final long WARMUP = Long.getLong("perf.warmupSeconds", 60);
  static final long STEADY = Long.getLong("perf.steadySeconds", 180);
  static final double THINK = Double.parseDouble(System.getProperty("perf.thinkScale", "1"));
  static final String TEAM = "team dashboard, 36 months";
  static final String COUNCIL = "whole council, 36 months";

  static final List<Integer> TEAM_SAMPLES = Collections.synchronizedList(new ArrayList<>());
  static final List<Integer> COUNCIL_SAMPLES = Collections.synchronizedList(new ArrayList<>());

  private final long warmUntil;
  private final long measureUntil;

  public CultureSimulation() {
    long start = System.currentTimeMillis();
    warmUntil = start + (RAMP + WARMUP) * 1000;
    measureUntil = warmUntil + STEADY * 1000;
    List<String> managers = new ArrayList<>();
    for (int t = 1; t <= TEAMS; t++) {
      managers.add(String.format(Locale.ROOT, "perf.manager%02d", t));
    }
    ScenarioBuilder team =
        scenario("Team managers")
            .feed(PerfKit.usernames(managers))
            .exec(SignIn.chain(BASE_URL))
            .exitHereIfFailed()
            .exec(repeat(TEAM, "id=\"group-language\"", TEAM_SAMPLES));
    ScenarioBuilder council =
        scenario("Leaders")
            .feed(PerfKit.usernames(List.of("perf.leader")))
            .exec(SignIn.chain(BASE_URL))
            .exitHereIfFailed()
            .exec(repeat(COUNCIL, "id=\"group-breakdown\"", COUNCIL_SAMPLES));
    setUp(
            team.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP))),
            council.injectOpen(rampUsers(LEADERS).during(Duration.ofSeconds(RAMP))))
        .protocols(PerfKit.protocol(BASE_URL))
        // Not a timing assertion: a benchmark whose requests failed measured nothing.
        .assertions(global().failedRequests().count().is(0L));
  }

  private ChainBuilder repeat(String name, String mustHave, List<Integer> samples) {
    return exec(asLongAs(s -> System.currentTimeMillis() < warmUntil)
            .on(open("warm-up: " + name, mustHave, null)))
        .exec(
            asLongAs(s -> System.currentTimeMillis() < measureUntil)
                .on(open(name, mustHave, samples)));
  }

  private ChainBuilder open(String name, String mustHave, List<Integer> samples) {
    return exitBlockOnFail()
        .on(
            exec(http(name)
                    .get("/practice/culture.xhtml?months=36")
                    .check(responseTimeInMillis().saveAs("rt"))
                    .check(status().is(200))
                    .check(substring(mustHave)))
                .exec(
                    session -> {
                      if (samples != null && !session.isFailed()) {
                        samples.add(session.getInt("rt"));
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
    PerfKit.summary("Culture benchmark (managers)", USERS, THINK, TEAM, TEAM_SAMPLES);
    PerfKit.summary("Culture benchmark (leaders)", LEADERS, THINK, COUNCIL, COUNCIL_SAMPLES);
  }
}
