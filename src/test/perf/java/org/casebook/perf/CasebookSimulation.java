package org.casebook.perf;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The benchmark of docs/performance.md: 50 social workers at once, each signed in as their own perf
 * account, over and over (1) open one of their people's page and (2) open one of their drafts in
 * the editor and autosave it a few times, changing the text each time, exactly as the browser's
 * autosave does (a PrimeFaces remote command posting the whole form as a Faces Ajax request).
 *
 * <p>Every response is checked, so a silent failure cannot pass as a fast answer: the person's page
 * must show that person's reference, and each save must come back as a partial-response that
 * updates {@code f:saveStatus} with the next version and no conflict.
 *
 * <p>Sign-in (PBKDF2, deliberately slow) happens once per user, before the measured window, under
 * its own name. Requests made during the warm-up are named "warm-up: …"; the figures that count are
 * those without that prefix, all made while every user is running.
 *
 * <p>Settings (system properties): perf.baseUrl (http://127.0.0.1:8181), perf.users (50),
 * perf.rampSeconds (30), perf.warmupSeconds (90), perf.steadySeconds (240), perf.thinkScale (1; 0
 * for no pauses at all), perf.savesPerDraft (3), perf.db.* to read the caseloads.
 */
public class CasebookSimulation extends Simulation {

  static final String BASE_URL = System.getProperty("perf.baseUrl", "http://127.0.0.1:8181");
  static final int USERS = Integer.getInteger("perf.users", 50);
  static final long RAMP = Long.getLong("perf.rampSeconds", 30);
  static final long WARMUP = Long.getLong("perf.warmupSeconds", 90);
  static final long STEADY = Long.getLong("perf.steadySeconds", 240);
  static final double THINK = Double.parseDouble(System.getProperty("perf.thinkScale", "1"));
  static final int SAVES_PER_DRAFT = Integer.getInteger("perf.savesPerDraft", 3);

  /** Each worker's people and drafts, read from the database once. */
  static final Map<String, long[]> PEOPLE = new HashMap<>();

  static final Map<String, long[]> DRAFTS = new HashMap<>();

  static {
    loadCaseloads();
  }

  private static final String AUTOSAVE_ID =
      "cbAutosave\\s*=\\s*function\\s*\\(\\)\\s*\\{\\s*return\\s+(?:pf|PrimeFaces)\\.ab\\(\\{s:\"([^\"]+)\"";
  private static final String SAVE_STATUS_VERSION =
      "<update id=\"f:saveStatus\"><!\\[CDATA\\[<div id=\"f:saveStatus\"[^>]*data-version=\"(\\d+)\"";
  private static final String VIEW_STATE_UPDATE =
      "<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>";

  private final long warmUntil;
  private final long measureUntil;

  public CasebookSimulation() {
    long start = System.currentTimeMillis();
    warmUntil = start + (RAMP + WARMUP) * 1000;
    measureUntil = warmUntil + STEADY * 1000;

    HttpProtocolBuilder protocol =
        http.baseUrl(BASE_URL)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("en-GB,en;q=0.9")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Casebook benchmark (Gatling)")
            .shareConnections();

    ScenarioBuilder workers =
        scenario("Social workers")
            .feed(workerFeeder())
            .exec(SignIn.chain(BASE_URL))
            // A user who could not sign in stops; the failed sign-in fails the run.
            .exitHereIfFailed()
            .exec(
                asLongAs(session -> System.currentTimeMillis() < warmUntil).on(cycle("warm-up: ")))
            .exec(asLongAs(session -> System.currentTimeMillis() < measureUntil).on(cycle("")));

    setUp(workers.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP))))
        .protocols(protocol)
        // Not a timing assertion: a benchmark whose requests failed measured nothing.
        .assertions(global().failedRequests().count().is(0L));
  }

  private static java.util.Iterator<Map<String, Object>> workerFeeder() {
    List<String> names = new ArrayList<>(PEOPLE.keySet());
    names.sort(String::compareTo);
    return PerfKit.usernames(names);
  }

  /** One round of work: a person's page, then a draft opened and autosaved a few times. */
  private ChainBuilder cycle(String prefix) {
    // A failed step ends the round there (it is counted as failed); the next round starts afresh.
    return exitBlockOnFail().on(round(prefix));
  }

  private ChainBuilder round(String prefix) {
    return exec(CasebookSimulation::pickPersonAndDraft)
        .exec(
            http(prefix + "open person's page")
                .get("/person/view.xhtml?id=#{personId}")
                .check(responseTimeInMillis().saveAs("rt"))
                .check(status().is(200))
                .check(css("#reference").isEL("#{personId}")))
        .exec(record(prefix, "open person's page"))
        .exec(think(2000, 5000))
        .exec(
            http(prefix + "open draft in editor")
                .get("/conversation/edit.xhtml?id=#{draftId}")
                .check(responseTimeInMillis().saveAs("rt"))
                .check(status().is(200))
                .check(form("#f").saveAs("fields"))
                .check(css("#f", "action").saveAs("action"))
                .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"))
                .check(regex(SignIn.NONCE).saveAs("nonce"))
                .check(regex(AUTOSAVE_ID).saveAs("autosaveId"))
                .check(css("div[id='f:saveStatus']", "data-version").saveAs("version")))
        .exec(record(prefix, "open draft in editor"))
        .exec(
            repeat(SAVES_PER_DRAFT)
                .on(
                    exec(think(2500, 4000))
                        .exec(CasebookSimulation::typeSomething)
                        .exec(
                            http(prefix + "save draft (autosave)")
                                .post("#{action}")
                                .header("Faces-Request", "partial/ajax")
                                .header("X-Requested-With", "XMLHttpRequest")
                                .header("Accept", "application/xml, text/xml, */*; q=0.01")
                                .formParamMap(CasebookSimulation::autosaveForm)
                                .check(responseTimeInMillis().saveAs("rt"))
                                .check(status().is(200))
                                .check(substring("<partial-response"))
                                .check(substring("<error>").notExists())
                                .check(substring("<redirect").notExists())
                                .check(regex(SAVE_STATUS_VERSION).isEL("#{expectedVersion}"))
                                .check(regex("data-conflict=\"false\""))
                                .check(regex(VIEW_STATE_UPDATE).optional().saveAs("newViewState")))
                        .exec(record(prefix, "save draft (autosave)"))
                        .exec(CasebookSimulation::afterSave)))
        .exec(think(2000, 4000));
  }

  /** Response times of the measured requests (not the warm-up), for the summary. */
  static final Map<String, java.util.Queue<Integer>> SAMPLES =
      new java.util.concurrent.ConcurrentHashMap<>();

  static volatile long firstMeasured = Long.MAX_VALUE;
  static volatile long lastMeasured;
  static final String LOAD_BEFORE = loadAverage();

  private static ChainBuilder record(String prefix, String name) {
    if (!prefix.isEmpty()) {
      return exec(session -> session);
    }
    return exec(
        session -> {
          if (!session.isFailed() && session.contains("rt")) {
            long now = System.currentTimeMillis();
            int rt = session.getInt("rt");
            synchronized (SAMPLES) {
              firstMeasured = Math.min(firstMeasured, now - rt);
              lastMeasured = Math.max(lastMeasured, now);
            }
            SAMPLES
                .computeIfAbsent(name, k -> new java.util.concurrent.ConcurrentLinkedQueue<>())
                .add(rt);
          }
          return session.remove("rt");
        });
  }

  @Override
  public void after() {
    double seconds = Math.max(1, lastMeasured - firstMeasured) / 1000.0;
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            java.util.Locale.ROOT,
            "Casebook benchmark: %d users, think time x%s, measured window %.0f s%n"
                + "load average (1, 5, 15 min) before: %s, after: %s%n%n",
            USERS,
            THINK,
            seconds,
            LOAD_BEFORE,
            loadAverage()));
    out.append(
        String.format(
            java.util.Locale.ROOT,
            "%-24s %8s %8s %8s %8s %8s %8s%n",
            "request",
            "count",
            "req/s",
            "p50 ms",
            "p95 ms",
            "p99 ms",
            "max ms"));
    for (String name :
        List.of("open person's page", "open draft in editor", "save draft (autosave)")) {
      int[] rts =
          SAMPLES.getOrDefault(name, new java.util.LinkedList<>()).stream()
              .mapToInt(Integer::intValue)
              .sorted()
              .toArray();
      if (rts.length == 0) {
        continue;
      }
      out.append(
          String.format(
              java.util.Locale.ROOT,
              "%-24s %8d %8.1f %8d %8d %8d %8d%n",
              name,
              rts.length,
              rts.length / seconds,
              percentile(rts, 50),
              percentile(rts, 95),
              percentile(rts, 99),
              rts[rts.length - 1]));
    }
    System.out.println();
    System.out.println(out);
    try {
      java.nio.file.Path file = java.nio.file.Path.of("target", "gatling", "benchmark-summary.txt");
      java.nio.file.Files.createDirectories(file.getParent());
      java.nio.file.Files.writeString(file, out.toString());
    } catch (java.io.IOException e) {
      System.err.println("Could not write the summary: " + e);
    }
  }

  /** Nearest-rank percentile of sorted values. */
  static int percentile(int[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  static String loadAverage() {
    try {
      String[] parts =
          java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (java.io.IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static ChainBuilder think(long minMillis, long maxMillis) {
    if (THINK <= 0) {
      return exec(session -> session);
    }
    return exec(
        pause(
            Duration.ofMillis(Math.round(minMillis * THINK)),
            Duration.ofMillis(Math.round(maxMillis * THINK))));
  }

  private static Session pickPersonAndDraft(Session session) {
    String me = session.getString("username");
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long[] people = PEOPLE.get(me);
    long[] drafts = DRAFTS.get(me);
    return session
        .set("personId", Long.toString(people[random.nextInt(people.length)]))
        .set("draftId", Long.toString(drafts[random.nextInt(drafts.length)]));
  }

  /** What the worker typed since the last save: the "what matters" text gets a new last line. */
  private static Session typeSomething(Session session) {
    Map<String, Object> fields = new LinkedHashMap<>(session.getMap("fields"));
    Object before = fields.get("f:whatMatters");
    String text = before instanceof String s ? s : "";
    text = text.replaceAll("(?s)\\n*\\[Benchmark typing [^\\]]*\\]\\s*$", "");
    text =
        text
            + "\n\n[Benchmark typing "
            + Instant.now()
            + " "
            + ThreadLocalRandom.current().nextInt(1_000_000)
            + "]";
    fields.put("f:whatMatters", text);
    int version = Integer.parseInt(session.getString("version"));
    return session.set("fields", fields).set("expectedVersion", Integer.toString(version + 1));
  }

  /** The request the browser's cbAutosave() sends: the whole form, as a Faces Ajax request. */
  private static Map<String, Object> autosaveForm(Session session) {
    Map<String, Object> params = new LinkedHashMap<>();
    String source = session.getString("autosaveId");
    params.put("jakarta.faces.partial.ajax", "true");
    params.put("jakarta.faces.source", source);
    params.put("jakarta.faces.partial.execute", "f");
    params.put("jakarta.faces.partial.render", "f:saveStatus");
    params.put(source, source);
    params.putAll(session.getMap("fields"));
    params.put("f", "f");
    params.put("jakarta.faces.ViewState", session.getString("viewState"));
    params.put("primefaces.nonce", session.getString("nonce"));
    return params;
  }

  private static Session afterSave(Session session) {
    Session next = session.set("version", session.getString("expectedVersion"));
    if (session.contains("newViewState")) {
      next = next.set("viewState", session.getString("newViewState")).remove("newViewState");
    }
    return next;
  }

  private static void loadCaseloads() {
    String url =
        System.getProperty("perf.db.url", "jdbc:mysql://127.0.0.1:3306/")
            + System.getProperty("perf.db.name", "casebook_perf")
            + "?useSSL=false&allowPublicKeyRetrieval=true";
    try (Connection c =
            DriverManager.getConnection(
                url,
                System.getProperty("perf.db.user", "root"),
                System.getProperty("perf.db.password", ""));
        Statement s = c.createStatement()) {
      read(
          s,
          "SELECT a.username, p.id FROM person p JOIN account a ON a.id = p.lead_worker_id"
              + " WHERE a.username LIKE 'perf.worker%'",
          PEOPLE);
      read(
          s,
          "SELECT started_by, id FROM conversation WHERE status = 'DRAFT'"
              + " AND started_by LIKE 'perf.worker%'",
          DRAFTS);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the perf caseloads from " + url, e);
    }
    PEOPLE.keySet().retainAll(DRAFTS.keySet());
  }

  private static void read(Statement s, String sql, Map<String, long[]> into) throws SQLException {
    Map<String, List<Long>> lists = new HashMap<>();
    try (ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        lists.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
      }
    }
    lists.forEach((k, v) -> into.put(k, v.stream().mapToLong(Long::longValue).toArray()));
  }
}
