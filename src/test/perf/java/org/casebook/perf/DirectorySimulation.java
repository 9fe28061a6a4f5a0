package org.casebook.perf;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The community directory benchmark of docs/performance.md: social workers searching the directory
 * of {@code perf.assets} (50,000) assets by words and distance from a postcode, nearest first,
 * exactly as the search form posts it. Every answer must be the results page saying "nearest first"
 * and naming the word searched for, so a failure cannot pass as a quick answer.
 *
 * <p>Settings (system properties): perf.baseUrl (http://127.0.0.1:8181), perf.users (20),
 * perf.rampSeconds (20), perf.warmupSeconds (60), perf.steadySeconds (180), perf.thinkScale (1).
 */
public class DirectorySimulation extends Simulation {

  static final String BASE_URL = System.getProperty("perf.baseUrl", "http://127.0.0.1:8181");
  static final int USERS = Integer.getInteger("perf.users", 20);
  static final long RAMP = Long.getLong("perf.rampSeconds", 20);
  static final long WARMUP = Long.getLong("perf.warmupSeconds", 60);
  static final long STEADY = Long.getLong("perf.steadySeconds", 180);
  static final double THINK = Double.parseDouble(System.getProperty("perf.thinkScale", "1"));
  static final String NAME = "search by words and distance";

  /** Response times of the measured searches. */
  static final List<Integer> SAMPLES = Collections.synchronizedList(new ArrayList<>());

  private final long warmUntil;
  private final long measureUntil;

  public DirectorySimulation() {
    long start = System.currentTimeMillis();
    warmUntil = start + (RAMP + WARMUP) * 1000;
    measureUntil = warmUntil + STEADY * 1000;
    ScenarioBuilder workers =
        scenario("Directory searches")
            .feed(workers())
            .exec(SignIn.chain(BASE_URL))
            .exitHereIfFailed()
            .exec(
                http("open the directory")
                    .get("/directory/index.xhtml")
                    .check(status().is(200))
                    .check(css("#f", "action").saveAs("action"))
                    .check(
                        css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"))
                    .check(regex(SignIn.NONCE).saveAs("nonce")))
            .exitHereIfFailed()
            .exec(asLongAs(s -> System.currentTimeMillis() < warmUntil).on(search("warm-up: ")))
            .exec(asLongAs(s -> System.currentTimeMillis() < measureUntil).on(search("")));
    setUp(workers.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP))))
        .protocols(PerfKit.protocol(BASE_URL))
        // Not a timing assertion: a benchmark whose requests failed measured nothing.
        .assertions(global().failedRequests().count().is(0L));
  }

  private static Iterator<Map<String, Object>> workers() {
    List<String> names = new ArrayList<>();
    for (int w = 1; w <= 50; w++) {
      names.add(PerfData.worker(w));
    }
    return PerfKit.usernames(names);
  }

  private ChainBuilder search(String prefix) {
    return exitBlockOnFail()
        .on(
            exec(DirectorySimulation::pickSearch)
                .exec(
                    http(prefix + NAME)
                        .post("#{action}")
                        .formParam("f", "f")
                        .formParam("f:text", "#{word}")
                        .formParam("f:category", "")
                        .formParam("f:tag", "")
                        .formParam("f:ward", "")
                        .formParam("f:openOn", "")
                        .formParam("f:near", "#{postcode}")
                        .formParam("f:within", "")
                        .formParam("f:pointLat", "")
                        .formParam("f:pointLng", "")
                        .formParam("f:search", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .formParam("primefaces.nonce", "#{nonce}")
                        .check(responseTimeInMillis().saveAs("rt"))
                        .check(status().is(200))
                        .check(substring("nearest first"))
                        .check(substring("#{expect}"))
                        .check(
                            css("input[name='jakarta.faces.ViewState']", "value")
                                .saveAs("viewState"))
                        .check(regex(SignIn.NONCE).saveAs("nonce")))
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

  private static Session pickSearch(Session session) {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    String kind = PerfData.KINDS.get(r.nextInt(PerfData.KINDS.size()));
    // The last word of a kind ("garden", "club", "shed") is what a worker types.
    String[] words = kind.toLowerCase(Locale.UK).split(" ");
    String word = words[words.length - 1];
    return session
        .set("word", word)
        .set("expect", word.substring(0, 1).toUpperCase(Locale.UK) + word.substring(1))
        .set("postcode", PerfData.postcode(1 + r.nextInt(PerfData.POSTCODES)));
  }

  @Override
  public void after() {
    PerfKit.summary("Directory benchmark", USERS, THINK, NAME, SAMPLES);
  }
}
