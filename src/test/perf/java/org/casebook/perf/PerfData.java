package org.casebook.perf;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.flywaydb.core.Flyway;

/**
 * Fills a fresh MariaDB/MySQL database for the performance benchmark (docs/performance.md): teams,
 * social workers and managers with a known password, 100,000 fictional people and 1,000,000
 * good-life conversations (about 10 a person, most finalised with their signed revision, some
 * drafts), a few agreed actions a person and an access log of 2,000,000 lines.
 *
 * <p>The database is dropped and created again, then the app's own migrations (db-scripts/) are
 * applied with Flyway, so the app starts on it without changing anything. The rows are made by the
 * database itself (INSERT … SELECT from MariaDB's SEQUENCE engine), which is far faster than
 * sending them. Notes are JSON written by the app's own NotesJson.
 *
 * <p>Run with {@code ./mvnw -Pperf test-compile exec:java}. Settings (system properties):
 * perf.db.url, perf.db.name, perf.db.user, perf.db.password, perf.people, perf.perPerson,
 * perf.workers, perf.teams.
 */
public final class PerfData {

  /** The password of every perf account. A made-up, benchmark-only database: never production. */
  public static final String PASSWORD = "perf-good-life-2026";

  /** Usernames: perf.worker01 … perf.worker50, perf.manager01 … perf.manager20, perf.admin. */
  public static String worker(int n) {
    return String.format(Locale.ROOT, "perf.worker%02d", n);
  }

  private static final int CHUNK = 50_000;

  private final String serverUrl = prop("perf.db.url", "jdbc:mysql://127.0.0.1:3306/");
  private final String dbName = prop("perf.db.name", "casebook_perf");
  private final String user = prop("perf.db.user", "root");
  private final String password = prop("perf.db.password", "");
  private final String migrations = prop("perf.migrations", "db-scripts/migration");
  private final int people = Integer.parseInt(prop("perf.people", "100000"));
  private final int perPerson = Integer.parseInt(prop("perf.perPerson", "10"));
  private final int workers = Integer.parseInt(prop("perf.workers", "50"));
  private final int teams = Integer.parseInt(prop("perf.teams", "20"));
  private final int accessLogRows = Integer.parseInt(prop("perf.accessLog", "2000000"));
  private final int assets = Integer.parseInt(prop("perf.assets", "50000"));
  private final int contacts = Integer.parseInt(prop("perf.contacts", "1000000"));
  private final int resolutions = Integer.parseInt(prop("perf.resolutions", "400000"));
  private final int reviews = Integer.parseInt(prop("perf.reviews", "200000"));
  private final int figures = Integer.parseInt(prop("perf.figures", "0"));

  /** Postcodes in the benchmark's postcode directory: AV1 0AB … (see {@link #postcode}). */
  public static final int POSTCODES = 2000;

  /** The kinds of asset the generator makes; a search word picks out one kind. */
  public static final List<String> KINDS =
      List.of(
          "Lunch Club",
          "Community Garden",
          "Walking Group",
          "Befriending Scheme",
          "Men's Shed",
          "Knit and Natter",
          "Library",
          "Choir",
          "Allotments",
          "Tea Dance",
          "Art Group",
          "Repair Cafe",
          "Food Bank",
          "Chess Club",
          "Reading Group");

  private static final List<String> INWARD_LETTERS =
      List.of(
          "AB", "AD", "BE", "DS", "FD", "GN", "HW", "JP", "LQ", "NB", "PR", "QR", "RT", "SR", "TA",
          "UW", "WX", "XY", "YZ", "ZA", "BB", "DD", "EE");

  /** The n-th postcode of the benchmark's postcode directory, n from 1 to {@link #POSTCODES}. */
  public static String postcode(int n) {
    return "AV"
        + (1 + n % 9)
        + " "
        + (n / 9 % 10)
        + INWARD_LETTERS.get(n / 90 % INWARD_LETTERS.size());
  }

  private final List<String> finals = NotesTemplates.finals();
  private final String draft = NotesTemplates.draft();
  private final long started = System.nanoTime();

  public static void main(String[] args) throws Exception {
    new PerfData().run();
  }

  private static String prop(String name, String fallback) {
    String v = System.getProperty(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  private static final String PARAMS =
      "?useUnicode=true&characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true";

  void run() throws Exception {
    if (!dbName.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("perf.db.name: letters, digits and _ only");
    }
    log(
        "Notes templates: finalised %s characters, draft %d",
        finals.stream().map(s -> Integer.toString(s.length())).toList(), draft.length());
    try (Connection c = DriverManager.getConnection(serverUrl + PARAMS, user, password);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + dbName);
      s.execute("CREATE DATABASE " + dbName + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    String dbUrl = serverUrl + dbName + PARAMS;
    Flyway.configure()
        .dataSource(dbUrl, user, password)
        .locations("filesystem:" + migrations)
        .load()
        .migrate();
    log("Schema created by the app's migrations (%s)", migrations);
    try (Connection c = DriverManager.getConnection(dbUrl, user, password)) {
      try (Statement s = c.createStatement()) {
        s.execute("SET SESSION foreign_key_checks = 0");
        s.execute("SET SESSION unique_checks = 0");
      }
      teamsAndAccounts(c);
      people(c);
      conversations(c);
      revisions(c);
      actions(c);
      accessLog(c);
      directory(c);
      frontDoor(c);
      practiceFigures(c);
      try (Statement s = c.createStatement()) {
        s.execute("SET SESSION foreign_key_checks = 1");
        s.execute("SET SESSION unique_checks = 1");
        s.execute(
            "ANALYZE TABLE team, account, person, person_named_worker, conversation,"
                + " conversation_revision, agreed_action, access_log, asset, asset_tag,"
                + " asset_opening, postcode_location, contact, resolution, review, review_goal,"
                + " record_figure, record_figure_month, practice_audit");
      }
      counts(c);
    }
    log("Done. Sign in as %s … %s with the password %s", worker(1), worker(workers), PASSWORD);
  }

  private void teamsAndAccounts(Connection c) throws SQLException {
    try (PreparedStatement team =
        c.prepareStatement(
            "INSERT INTO team (id, name, active, created_at, version)"
                + " VALUES (?, ?, TRUE, NOW(3), 0)")) {
      for (int t = 1; t <= teams; t++) {
        team.setInt(1, t);
        team.setString(2, String.format(Locale.ROOT, "Locality Team %02d", t));
        team.addBatch();
      }
      team.executeBatch();
    }
    // One hash for all: each takes a good fraction of a second to make, by design.
    String hash = pbkdf2(PASSWORD);
    try (PreparedStatement account =
        c.prepareStatement(
            "INSERT INTO account (id, username, display_name, role, team_id, password_hash,"
                + " must_change_password, active, failed_sign_ins, created_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, FALSE, TRUE, 0, NOW(3), 0)")) {
      for (int w = 1; w <= workers; w++) {
        addAccount(account, w, worker(w), "Worker " + w, "SOCIAL_WORKER", teamOfWorker(w), hash);
      }
      for (int t = 1; t <= teams; t++) {
        addAccount(
            account,
            workers + t,
            String.format(Locale.ROOT, "perf.manager%02d", t),
            "Manager " + t,
            "TEAM_MANAGER",
            t,
            hash);
      }
      addAccount(account, workers + teams + 1, "perf.admin", "Perf Admin", "ADMIN", null, hash);
      addAccount(account, workers + teams + 2, "perf.leader", "Perf Leader", "LEADER", null, hash);
      account.executeBatch();
    }
    log(
        "%d teams, %d social workers, %d managers, 1 administrator, 1 leader",
        teams, workers, teams);
  }

  private int teamOfWorker(int w) {
    return (w - 1) % teams + 1;
  }

  private static void addAccount(
      PreparedStatement ps,
      int id,
      String username,
      String name,
      String role,
      Integer team,
      String hash)
      throws SQLException {
    ps.setInt(1, id);
    ps.setString(2, username);
    ps.setString(3, name);
    ps.setString(4, role);
    if (team == null) {
      ps.setNull(5, java.sql.Types.BIGINT);
    } else {
      ps.setInt(5, team);
    }
    ps.setString(6, hash);
    ps.addBatch();
  }

  /**
   * The same stored form as the app's PasswordHasher (Jakarta Security's Pbkdf2PasswordHash with
   * PBKDF2WithHmacSHA512, 210,000 iterations, 32-byte salt, 64-byte key): {@code
   * algorithm:iterations:salt:hash}, Base64.
   */
  static String pbkdf2(String password) {
    try {
      byte[] salt = new byte[32];
      new SecureRandom().nextBytes(salt);
      int iterations = 210_000;
      byte[] hash =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
              .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 64 * 8))
              .getEncoded();
      Base64.Encoder b64 = Base64.getEncoder();
      return "PBKDF2WithHmacSHA512:"
          + iterations
          + ":"
          + b64.encodeToString(salt)
          + ":"
          + b64.encodeToString(hash);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Person p's lead worker is worker ((p-1) mod workers)+1, in that worker's team. */
  private String workerOf(String p) {
    return "((" + p + " - 1) MOD " + workers + " + 1)";
  }

  private String usernameOf(String p) {
    return username(workerOf(p));
  }

  /** perf.worker07, perf.worker123: the same as {@link #worker(int)}, in SQL. */
  private static String username(String workerNumber) {
    return "CONCAT('perf.worker', LPAD("
        + workerNumber
        + ", GREATEST(2, LENGTH("
        + workerNumber
        + ")), '0'))";
  }

  private void people(Connection c) throws SQLException {
    String lead = workerOf("seq");
    for (int from = 1; from <= people; from += CHUNK) {
      int to = Math.min(people, from + CHUNK - 1);
      String sql =
          "INSERT INTO person (id, team_id, lead_worker_id, full_name, preferred_name, pronouns,"
              + " date_of_birth, nhs_number, address, postcode, ward, communication_needs,"
              + " about_me, restricted, created_at, created_by, updated_at, updated_by, version)"
              + " SELECT seq, ("
              + lead
              + " - 1) MOD "
              + teams
              + " + 1, "
              + lead
              + ", CONCAT(ELT(1 + seq MOD 20, 'Margaret', 'Daniel', 'Hafsa', 'Tom', 'Grace',"
              + " 'Arthur', 'Niamh', 'Rosa', 'Kwame', 'Eileen', 'Mohammed', 'Siobhan', 'Wei',"
              + " 'Patrick', 'Amara', 'George', 'Priti', 'Stanley', 'Olga', 'Jamal'), ' ',"
              + " ELT(1 + (seq DIV 20) MOD 23, 'Ellis', 'Mensah', 'Begum', 'Whittaker',"
              + " 'Adeyinka', 'Pennington', 'Gallagher', 'Lindqvist', 'Owusu', 'Hughes', 'Khan',"
              + " 'Murphy', 'Zhang', 'Doyle', 'Okafor', 'Turner', 'Patel', 'Booth', 'Nowak',"
              + " 'Ali', 'Evans', 'Campbell', 'Reid')),"
              + " IF(seq MOD 4 = 0, ELT(1 + seq MOD 5, 'Peggy', 'Dan', 'Tommy', 'Gracie', 'Art'),"
              + " NULL),"
              + " ELT(1 + seq MOD 3, 'she/her', 'he/him', 'they/them'),"
              + " DATE_SUB('2005-06-30', INTERVAL (seq * 7919) MOD 25000 DAY),"
              // NHS numbers from the 999 range, never issued: 9 digits and the mod-11 check digit
              // (none where the check digit would be 10).
              + " IF(chk = 10, NULL, CONCAT(b, chk)),"
              + " CONCAT(1 + seq MOD 120, ' ', ELT(1 + seq MOD 10, 'Mill Lane', 'Canal Street',"
              + " 'Orchard Road', 'Station Road', 'The Crescent', 'Brook End', 'Foundry Court',"
              + " 'Church Walk', 'Market Street', 'Meadow Close'), ', Ashford Vale'),"
              + " CONCAT('AV', 1 + seq MOD 9, ' ', seq MOD 10, ELT(1 + seq MOD 8, 'NB', 'DS',"
              + " 'QR', 'SR', 'TA', 'BE', 'FD', 'HW')),"
              + " ELT(1 + seq MOD 5, 'Millbrook', 'Canalside', 'Station', 'Brook End', 'Market'),"
              + " IF(seq MOD 5 = 0, 'Hears best on the left side; prefers face-to-face visits.',"
              + " NULL),"
              + " 'I want to stay in my own home, see my friends and be useful again.',"
              + " seq MOD 97 = 0, NOW(3) - INTERVAL 800 DAY, "
              + usernameOf("seq")
              + ", NOW(3) - INTERVAL 800 DAY, "
              + usernameOf("seq")
              + ", 0"
              + " FROM (SELECT seq, b, (11 - (d1*10 + d2*9 + d3*8 + d4*7 + d5*6 + d6*5 + d7*4"
              + " + d8*3 + d9*2) MOD 11) MOD 11 AS chk FROM (SELECT seq, b,"
              + " SUBSTR(b,1,1) d1, SUBSTR(b,2,1) d2, SUBSTR(b,3,1) d3, SUBSTR(b,4,1) d4,"
              + " SUBSTR(b,5,1) d5, SUBSTR(b,6,1) d6, SUBSTR(b,7,1) d7, SUBSTR(b,8,1) d8,"
              + " SUBSTR(b,9,1) d9 FROM (SELECT seq, CAST(999000000 + seq AS CHAR) b FROM "
              + seq(from, to)
              + ") s0) s1) s";
      update(c, sql);
    }
    // A restricted record's lead worker may open it; name them on it as the app does.
    update(
        c,
        "INSERT INTO person_named_worker (person_id, account_id)"
            + " SELECT id, lead_worker_id FROM person WHERE restricted");
    log("%,d people", people);
  }

  /**
   * Conversation i belongs to person ((i-1) mod people)+1 and is their round (i-1) div people:
   * rounds are about ten weeks apart, the newest last. Every third person's newest conversation is
   * a draft; everything else is finalised.
   */
  private String conversationRows(int from, int to) {
    int lastRound = perPerson - 1;
    return "SELECT id, p, r, w, st, d, IF(st = 'DRAFT', 0, 1 + (id DIV 7) MOD 3) AS t FROM ("
        + "SELECT id, p, r, w, st, IF(st = 'DRAFT', CURDATE() - INTERVAL (p MOD 20) DAY,"
        + " CURDATE() - INTERVAL (("
        + lastRound
        + " - r) * 70 + 5 + p MOD 50) DAY) AS d FROM ("
        + "SELECT seq AS id, (seq - 1) MOD "
        + people
        + " + 1 AS p, (seq - 1) DIV "
        + people
        + " AS r, "
        + usernameOf("((seq - 1) MOD " + people + " + 1)")
        + " AS w,"
        + " IF((seq - 1) DIV "
        + people
        + " = "
        + lastRound
        + " AND ((seq - 1) MOD "
        + people
        + " + 1) MOD 3 = 0, 'DRAFT', 'FINAL') AS st FROM "
        + seq(from, to)
        + ") x0) x1";
  }

  private static final String NOTES =
      "REPLACE(ELT(t + 1, ?, ?, ?, ?), '"
          + NotesTemplates.HELD_ON
          + "', CONCAT(DAY(d), ' ', MONTH(d), ' ', YEAR(d)))";

  private void bindNotes(PreparedStatement ps) throws SQLException {
    ps.setString(1, draft);
    for (int i = 0; i < 3; i++) {
      ps.setString(2 + i, finals.get(i));
    }
  }

  private void conversations(Connection c) throws SQLException {
    long total = (long) people * perPerson;
    for (long from = 1; from <= total; from += CHUNK) {
      int to = (int) Math.min(total, from + CHUNK - 1);
      String sql =
          "INSERT INTO conversation (id, person_id, kind, status, held_on, mode, notes,"
              + " started_by, started_at, saved_by, saved_at, finalised_by, finalised_at,"
              + " revisions, version) SELECT id, p,"
              + " ELT(1 + id MOD 3, 'BUILD_A_GOOD_LIFE', 'LISTEN_AND_CONNECT', 'WORK_INTENSIVELY'),"
              + " st, d, IF(t = 1, 'VISIT', 'PHONE'), "
              + NOTES
              + ", w, d + INTERVAL 10 HOUR, w, d + INTERVAL 12 HOUR,"
              + " IF(st = 'FINAL', w, NULL), IF(st = 'FINAL', d + INTERVAL 33 HOUR, NULL),"
              + " IF(st = 'FINAL', 1, 0), IF(st = 'FINAL', 2, 1) FROM ("
              + conversationRows((int) from, to)
              + ") rows_";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        bindNotes(ps);
        ps.executeUpdate();
      }
      if (to % 200_000 == 0) {
        log("  conversations: %,d", to);
      }
    }
    log("%,d conversations", total);
  }

  private void revisions(Connection c) throws SQLException {
    long total = (long) people * perPerson;
    for (long from = 1; from <= total; from += CHUNK) {
      int to = (int) Math.min(total, from + CHUNK - 1);
      String sql =
          "INSERT INTO conversation_revision (conversation_id, number, notes, reason, made_by,"
              + " made_at) SELECT id, 1, "
              + NOTES
              + ", NULL, w, d + INTERVAL 33 HOUR FROM ("
              + conversationRows((int) from, to)
              + ") rows_ WHERE st = 'FINAL'";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        bindNotes(ps);
        ps.executeUpdate();
      }
      if (to % 200_000 == 0) {
        log("  revisions: %,d", to);
      }
    }
    log("Signed revisions for every finalised conversation");
  }

  /**
   * Two agreed actions from each of a person's last three finalised conversations: the older ones
   * done, the newest open (some overdue).
   */
  private void actions(Connection c) throws SQLException {
    long total = (long) people * perPerson;
    long first = total - 3L * people + 1;
    for (long from = first; from <= total; from += CHUNK) {
      int to = (int) Math.min(total, from + CHUNK - 1);
      String open =
          "(r = " + (perPerson - 1) + " OR (r = " + (perPerson - 2) + " AND p MOD 3 = 0))";
      String sql =
          "INSERT INTO agreed_action (conversation_id, person_id, action_key, owner, owner_name,"
              + " what, due_on, done_at, done_by, version) SELECT id, p,"
              + " ELT(k.seq, ?, ?), ELT(k.seq, 'THE_PERSON', 'THE_COUNCIL'), NULL, ELT(k.seq, ?, ?),"
              + " d + INTERVAL (14 + (id + k.seq * 13) MOD 40) DAY,"
              + " IF("
              + open
              + ", NULL, d + INTERVAL 20 DAY + INTERVAL 11 HOUR),"
              + " IF("
              + open
              + ", NULL, w), 0 FROM ("
              + conversationRows((int) from, to)
              + ") rows_ CROSS JOIN seq_1_to_2 k WHERE st = 'FINAL'";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, NotesTemplates.ACTION_KEY_1);
        ps.setString(2, NotesTemplates.ACTION_KEY_2);
        ps.setString(3, NotesTemplates.ACTION_WHAT_1);
        ps.setString(4, NotesTemplates.ACTION_WHAT_2);
        ps.executeUpdate();
      }
    }
    log("Agreed actions");
  }

  private void accessLog(Connection c) throws SQLException {
    for (int from = 1; from <= accessLogRows; from += 4 * CHUNK) {
      int to = Math.min(accessLogRows, from + 4 * CHUNK - 1);
      String p = "((seq * 7) MOD " + people + " + 1)";
      update(
          c,
          "INSERT INTO access_log (occurred_at, account_id, username, person_id, action, channel,"
              + " conversation_id) SELECT NOW(3) - INTERVAL (("
              + accessLogRows
              + " - seq) * 30) SECOND, "
              + workerOf(p)
              + ", "
              + usernameOf(p)
              + ", "
              + p
              + ", 'VIEWED', 'page /person/view.xhtml', NULL FROM "
              + seq(from, to));
    }
    log("%,d access log lines", accessLogRows);
  }

  private void counts(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String table :
          List.of(
              "team",
              "account",
              "person",
              "conversation",
              "conversation_revision",
              "agreed_action",
              "access_log",
              "asset",
              "asset_tag",
              "asset_opening",
              "postcode_location",
              "record_figure",
              "record_figure_month",
              "practice_audit")) {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          log("  %-22s %,12d rows", table, rs.getLong(1));
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              // The newest round (one conversation a person) holds both kinds: a sample, not a
              // scan of several gigabytes.
              "SELECT status, COUNT(*), ROUND(AVG(LENGTH(notes))) FROM conversation WHERE id > "
                  + ((long) people * perPerson - people)
                  + " GROUP BY status")) {
        while (rs.next()) {
          log(
              "  newest round: %-9s %,8d conversations, notes %,d bytes on average",
              rs.getString(1), rs.getLong(2), rs.getLong(3));
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT table_name, ROUND((data_length + index_length) / 1048576)"
                  + " FROM information_schema.tables WHERE table_schema = DATABASE()"
                  + " ORDER BY 2 DESC")) {
        while (rs.next()) {
          log("  %-22s %,8d MiB", rs.getString(1), rs.getLong(2));
        }
      }
    }
  }

  /**
   * The community directory: {@code perf.assets} assets spread over a county-sized square around
   * Ashford Vale, each of one kind with two tags and two weekly sessions, a third of them charging;
   * and a postcode directory of {@link #POSTCODES} postcodes over the same square.
   */
  private void directory(Connection c) throws SQLException {
    StringBuilder kinds = new StringBuilder();
    for (String k : KINDS) {
      kinds.append(", '").append(k.replace("'", "''")).append("'");
    }
    String kind = "ELT(1 + (seq DIV 7) MOD " + KINDS.size() + kinds + ")";
    String ward =
        "ELT(1 + seq MOD 10, 'Millbrook', 'Canalside', 'Station', 'Brook End', 'Market',"
            + " 'Abbey Fields', 'Hillside', 'Riverside', 'Westmoor', 'St Anne''s')";
    String street =
        "ELT(1 + seq MOD 12, 'Mill Lane', 'Canal Street', 'Orchard Road', 'Station Road',"
            + " 'The Crescent', 'Brook End', 'Foundry Court', 'Church Walk', 'Market Street',"
            + " 'Meadow Close', 'Abbey Road', 'Hill Top')";
    for (int from = 1; from <= assets; from += CHUNK) {
      int to = Math.min(assets, from + CHUNK - 1);
      update(
          c,
          "INSERT INTO asset (id, public_id, name, description, category, for_whom, address,"
              + " postcode, ward, latitude, longitude, free_of_charge, cost, published, search_text,"
              + " source, last_verified_on, last_verified_by, created_at, created_by, updated_at,"
              + " updated_by, version)"
              + " SELECT seq, UUID(), name, description, ELT(1 + seq MOD 6, 'INDIVIDUALS',"
              + " 'ASSOCIATIONS', 'INSTITUTIONS', 'PHYSICAL_SPACES', 'ECONOMIC', 'CULTURAL'),"
              + " 'Everyone welcome', CONCAT(1 + seq MOD 90, ' ', street, ', Ashford Vale'), NULL,"
              + " ward, 54.05 + (CAST((seq * 7919) MOD 20001 AS SIGNED) - 10000) / 50000,"
              + " -2.0 + (CAST((seq * 104729) MOD 20001 AS SIGNED) - 10000) / 30000, seq MOD 3 <> 0,"
              + " IF(seq MOD 3 = 0, '£2 a session', NULL), TRUE,"
              + " LOWER(CONCAT_WS(' \n', name, description, ward, street, kind, 'community')),"
              + " 'CASEBOOK', CURDATE() - INTERVAL (seq MOD 500) DAY, 'perf.admin', NOW(3),"
              + " 'perf.admin', NOW(3), 'perf.admin', 0"
              + " FROM (SELECT seq, kind, ward, street, CONCAT(street, ' ', kind, ' ', seq) AS name,"
              + " CONCAT('A friendly ', LOWER(kind), ' in ', ward, '. Come along for a cup of tea"
              + " and a chat; nobody minds if you just watch the first time.') AS description"
              + " FROM (SELECT seq, "
              + kind
              + " AS kind, "
              + ward
              + " AS ward, "
              + street
              + " AS street FROM "
              + seq(from, to)
              + ") k) a");
      update(
          c,
          "INSERT INTO asset_tag (asset_id, tag) SELECT seq, LOWER("
              + kind
              + ") FROM "
              + seq(from, to)
              + " UNION ALL SELECT seq, 'community' FROM "
              + seq(from, to));
      update(
          c,
          "INSERT INTO asset_opening (asset_id, day_of_week, opens, closes)"
              + " SELECT seq, 1 + seq MOD 7, '10:00', '12:00' FROM "
              + seq(from, to)
              + " UNION ALL SELECT seq, 1 + (seq + 3) MOD 7, '14:00', '16:00' FROM "
              + seq(from, to));
    }
    try (PreparedStatement pc =
        c.prepareStatement(
            "INSERT INTO postcode_location (postcode, latitude, longitude, ward) VALUES (?, ?, ?, ?)")) {
      for (int n = 1; n <= POSTCODES; n++) {
        pc.setString(1, postcode(n));
        pc.setDouble(2, 54.05 + ((n * 7919L) % 20001 - 10000) / 50000.0);
        pc.setDouble(3, -2.0 + ((n * 104729L) % 20001 - 10000) / 30000.0);
        pc.setString(4, "Millbrook");
        pc.addBatch();
      }
      pc.executeBatch();
    }
    log("%d community assets with tags and opening times, %d postcodes", assets, POSTCODES);
  }

  /**
   * Front-door contacts spread over the last three years (four in five begin a request; about one
   * request in seven repeats within 3 months, two in seven within 6, three in seven within 12),
   * resolutions, and reviews of the first signed conversations, each with two goals. Team, worker
   * and ward come from the person, as the app keeps them. Some signed conversations are due for
   * review, so "reviews overdue" has work to do.
   */
  private void frontDoor(Connection c) throws SQLException {
    for (long from = 1; from <= contacts; from += CHUNK) {
      long to = Math.min(contacts, from + CHUNK - 1);
      update(
          c,
          "INSERT INTO contact (id, person_id, team_id, worker_id, ward, contacted_on, source_id,"
              + " route_id, next_step_id, reason, request_start, request_began_on, previous_id,"
              + " repeat_3, repeat_6, repeat_12, recorded_at, recorded_by, version)"
              + " SELECT seq, p.id, p.team_id, p.lead_worker_id, p.ward, d,"
              + " (SELECT id FROM coded_value WHERE list_name = 'SOURCE' ORDER BY id LIMIT 1)"
              + " + seq MOD 8,"
              + " (SELECT id FROM coded_value WHERE list_name = 'ROUTE' ORDER BY id LIMIT 1)"
              + " + (seq * 3) MOD 8,"
              + " (SELECT id FROM coded_value WHERE list_name = 'NEXT_STEP' ORDER BY id LIMIT 1)"
              + " + (seq * 5) MOD 6,"
              + " 'Her daughter says she has stopped going out since the winter.',"
              + " seq MOD 5 <> 0, d, NULL, seq MOD 7 = 0, seq MOD 7 < 2, seq MOD 7 < 3,"
              + " d + INTERVAL 11 HOUR, "
              + username("p.lead_worker_id")
              + ", 0"
              + " FROM (SELECT seq, CURDATE() - INTERVAL (seq * 31) MOD 1095 DAY AS d FROM "
              + seq(from, to)
              + ") s JOIN person p ON p.id = 1 + (seq * 7919) MOD "
              + people);
    }
    log("%,d contacts", contacts);
    for (long from = 1; from <= resolutions; from += CHUNK) {
      long to = Math.min(resolutions, from + CHUNK - 1);
      update(
          c,
          "INSERT INTO resolution (id, person_id, team_id, worker_id, ward, contact_id,"
              + " review_id, resolved_on, route, sustainable, suggested, reason, came_back_on,"
              + " came_back_3, came_back_6, came_back_12, recorded_at, recorded_by, version)"
              + " SELECT seq, p.id, p.team_id, p.lead_worker_id, p.ward, NULL, NULL, d,"
              + " ELT(1 + seq MOD 6, 'OWN_NETWORK', 'COMMUNITY_ASSET', 'UNIVERSAL_SERVICES',"
              + " 'SHORT_TERM_SUPPORT', 'LONG_TERM_CARE', 'OTHER'),"
              + " seq MOD 3 <> 0, seq MOD 4 <> 0, 'Goes to the lunch club with her friend.',"
              + " IF(seq MOD 5 = 0, d + INTERVAL 70 DAY, NULL), seq MOD 5 = 0, seq MOD 5 = 0,"
              + " seq MOD 5 = 0, d + INTERVAL 15 HOUR,"
              + " "
              + username("p.lead_worker_id")
              + ", 0"
              + " FROM (SELECT seq, CURDATE() - INTERVAL (seq * 37) MOD 1095 DAY AS d FROM "
              + seq(from, to)
              + ") s JOIN person p ON p.id = 1 + (seq * 104729) MOD "
              + people);
    }
    log("%,d resolutions", resolutions);
    long signed = (long) people * perPerson;
    int reviewed = (int) Math.min(reviews, signed);
    for (long from = 1; from <= reviewed; from += CHUNK) {
      long to = Math.min(reviewed, from + CHUNK - 1);
      update(
          c,
          "INSERT INTO review (id, person_id, conversation_id, team_id, worker_id, ward,"
              + " held_on, t_score, goals_met, khi_people, khi_control, khi_connected, khi_words,"
              + " first_khi_people, first_khi_control, first_khi_connected, assets_in_use, notes,"
              + " recorded_at, recorded_by)"
              + " SELECT seq, p.id, v.id, p.team_id, p.lead_worker_id, p.ward,"
              + " CURDATE() - INTERVAL (seq * 41) MOD 1095 DAY, 40 + (seq MOD 21),"
              + " seq MOD 3 <> 0, 1 + seq MOD 6, 2 + seq MOD 9, 1 + seq MOD 10,"
              + " 'I have people again.', seq MOD 4, 1 + seq MOD 5, seq MOD 6, seq MOD 3, NULL,"
              + " NOW(3), "
              + username("p.lead_worker_id")
              + ""
              + " FROM "
              + seq(from, to)
              + " JOIN conversation v ON v.id = seq JOIN person p ON p.id = v.person_id");
      update(
          c,
          "INSERT INTO review_goal (review_id, position, goal_key, words, weight, level, comment)"
              + " SELECT r.seq, k.seq - 1, CONCAT('g', r.seq, '-', k.seq), 'Get out three days a"
              + " week', 1 + (r.seq + k.seq) MOD 3, CAST((r.seq + k.seq) MOD 5 AS SIGNED) - 2, NULL FROM "
              + seq(from, to)
              + " r CROSS JOIN seq_1_to_2 k");
    }
    update(
        c,
        "UPDATE conversation SET review_due = held_on + INTERVAL 3 MONTH"
            + " WHERE status = 'FINAL' AND id MOD 10 = 0");
    log("%,d reviews (two goals each); one signed conversation in ten due for review", reviewed);
  }

  /**
   * A signed conversation's practice figures, from a derived table of them (id, s, p, t, w, fin and
   * pr, how far through the three years its month is, 0 to 1), ending "FROM (SELECT x.*, … FROM"
   * for the caller to add the table, then ") f".
   */
  private static final String FIGURES =
      "INSERT INTO record_figure (conversation_id, person_id, team_id, worker_id, record_month,"
          + " words, findings, own_words, strengths, network, assets, goals, own_word_goals,"
          + " computed_at) SELECT id, p, t, w, DATE_FORMAT(fin, '%Y-%m-01'), words,"
          + " FLOOR(words * (20 - 16 * pr) * (0.5 + (s MOD 11) / 10) / 1000),"
          + " FLOOR(words * (0.1 + 0.3 * pr) * (0.5 + (s MOD 7) / 6)),"
          + " IF((s * 31) MOD 100 < 40 + 50 * pr, 1 + s MOD 5, 0),"
          + " IF((s * 37) MOD 100 < 45 + 40 * pr, 1 + s MOD 6, 0),"
          + " IF((s * 41) MOD 100 < 8 + 40 * pr, 1 + s MOD 2, 0), goals,"
          + " LEAST(goals, IF((s * 47) MOD 100 < 15 + 65 * pr, 1 + s MOD 3, 0)), fin"
          + " FROM (SELECT x.*, 250 + (s * 7919) MOD 1500 AS words, (s * 43) MOD 4 AS goals";

  /**
   * Practice figures for the culture dashboard, {@code perf.figures} of them: one for every signed
   * conversation made above (so Casebook finds none to count at start-up), and the rest for signed
   * conversations made here with a short note, spread evenly over the last 36 months and over every
   * worker's people. Their figures change over the three years as a team's practice does: fewer
   * language findings, more strengths, networks, connections and goals in the person's words. One
   * in 50 is audited (sent and answered, but to do or started in the last two months), with scores
   * that rise over the years. The monthly totals are then added up, as migration V12 does.
   */
  private void practiceFigures(Connection c) throws SQLException {
    if (figures <= 0) {
      return;
    }
    update(
        c,
        FIGURES
            + " FROM (SELECT v.id, v.id AS s, v.person_id AS p, p.team_id AS t,"
            + " p.lead_worker_id AS w, v.finalised_at AS fin, (35 - LEAST(35, TIMESTAMPDIFF(MONTH,"
            + " DATE_FORMAT(v.finalised_at, '%Y-%m-01'), DATE_FORMAT(CURDATE(), '%Y-%m-01')))) / 35"
            + " AS pr FROM conversation v JOIN person p ON p.id = v.person_id"
            + " WHERE v.status = 'FINAL') x) f");
    long signed;
    long base;
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT (SELECT COUNT(*) FROM record_figure),"
                    + " (SELECT COALESCE(MAX(id), 0) FROM conversation)")) {
      rs.next();
      signed = rs.getLong(1);
      base = rs.getLong(2);
    }
    long extra = Math.max(0, figures - signed);
    String note = NotesTemplates.signedNote();
    for (long from = 1; from <= extra; from += CHUNK) {
      long to = Math.min(extra, from + CHUNK - 1);
      String rows = figureRows(from, to, base, extra);
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO conversation (id, person_id, kind, status, held_on, mode, notes,"
                  + " started_by, started_at, saved_by, saved_at, finalised_by, finalised_at,"
                  + " revisions, version) SELECT id, p, 'LISTEN_AND_CONNECT', 'FINAL', held,"
                  + " 'VISIT', REPLACE(?, '"
                  + NotesTemplates.HELD_ON
                  + "', CONCAT(DAY(held), ' ', MONTH(held), ' ', YEAR(held))), wn, fin, wn, fin,"
                  + " wn, fin, 1, 1 FROM "
                  + rows)) {
        ps.setString(1, note);
        ps.executeUpdate();
      }
      update(c, FIGURES + " FROM " + rows + ") f");
      StringBuilder scores = new StringBuilder();
      for (int k = 1; k <= 7; k++) {
        scores
            .append(", IF(st = 'TO_DO', NULL, LEAST(4, GREATEST(1, ROUND(1.4 + 2.2 * pr")
            .append(" + ((v * ")
            .append(k)
            .append(") MOD 10 - 4.5) / 6))))");
      }
      update(
          c,
          "INSERT INTO practice_audit (conversation_id, person_id, team_id, worker_id,"
              + " record_month, origin, status, revision, score_voice, score_strengths,"
              + " score_network, score_community, score_goals, score_risks, score_language,"
              + " words, findings, feedback, auditor_id, feedback_at, response, responded_at,"
              + " created_by, created_at, version) SELECT id, p, t, w,"
              + " DATE_FORMAT(fin, '%Y-%m-01'), IF(v MOD 3 = 0, 'HAND', 'SAMPLE'), st,"
              + " IF(st = 'TO_DO', NULL, 1)"
              + scores
              + ", NULL, NULL, IF(sent, 'Thank you: what went well, and what to try next.', NULL),"
              + " IF(sent, "
              + workers
              + " + t, NULL), IF(sent, LEAST(fin + INTERVAL 20 DAY, NOW(3)), NULL),"
              + " IF(st = 'CLOSED', 'Thank you, that helps.', NULL),"
              + " IF(st = 'CLOSED', LEAST(fin + INTERVAL 25 DAY, NOW(3)), NULL),"
              + " CONCAT('perf.manager', LPAD(t, 2, '0')), LEAST(fin + INTERVAL 10 DAY, NOW(3)), 1"
              + " FROM (SELECT r.*, st IN ('WITH_WORKER', 'CLOSED') AS sent FROM (SELECT y.*,"
              + " CASE WHEN m = 0 THEN 'TO_DO' WHEN m = 1 THEN IF(v MOD 4 = 0, 'STARTED',"
              + " 'WITH_WORKER') ELSE IF(v MOD 5 = 0, 'WITH_WORKER', 'CLOSED') END AS st"
              // v varies within a month as well as between them (s alone repeats its residues).
              + " FROM (SELECT x.*, s + s DIV 1800 AS v FROM "
              + rows
              + " WHERE (s DIV 36) MOD 50 = 0) y) r) a");
      if (to % 200_000 == 0) {
        log("  practice figures: %,d", to);
      }
    }
    update(
        c,
        "INSERT INTO record_figure_month (team_id, record_month, worker_id, records, words,"
            + " findings, own_words, with_strengths, with_network, with_assets,"
            + " with_own_word_goals, goals, own_word_goals) SELECT team_id, record_month,"
            + " worker_id, COUNT(*), SUM(words), SUM(findings), SUM(own_words),"
            + " SUM(strengths > 0), SUM(network > 0), SUM(assets > 0), SUM(own_word_goals > 0),"
            + " SUM(goals), SUM(own_word_goals) FROM record_figure"
            + " GROUP BY team_id, record_month, worker_id");
    log(
        "%,d practice figures over 36 months (%,d for short signed conversations made for them),"
            + " one in 50 audited (36 months in turn), and their monthly totals",
        signed + extra, extra);
  }

  /**
   * The signed conversations behind the extra figures, as a derived table: id, s (1, 2, …), the
   * person p (spread over everyone), their worker w (number and username wn) and team t, months
   * back m (35 down to 0 as s goes from 1 to {@code extra}: every worker has records every month),
   * the day held and the moment signed (fin), and pr, how far through the three years (0 to 1).
   */
  private String figureRows(long from, long to, long base, long extra) {
    String w = "((p - 1) MOD " + workers + " + 1)";
    return "(SELECT seq + "
        + base
        + " AS id, seq AS s, p, "
        + w
        + " AS w, "
        + username(w)
        + " AS wn, ("
        + w
        + " - 1) MOD "
        + teams
        + " + 1 AS t, m, held, LEAST(held + INTERVAL 14 HOUR, NOW(3)) AS fin, (35 - m) / 35 AS pr"
        + " FROM (SELECT seq, p, m, LEAST(DATE_FORMAT(CURDATE() - INTERVAL m MONTH, '%Y-%m-01')"
        + " + INTERVAL (seq MOD 27) DAY, CURDATE()) AS held FROM (SELECT seq, 1 + (seq * 7919) MOD "
        + people
        + " AS p, 35 - (seq - 1) * 36 DIV "
        + extra
        + " AS m FROM "
        + seq(from, to)
        + ") q0) q1) x";
  }

  private static String seq(long from, long to) {
    return "seq_" + from + "_to_" + to;
  }

  private static void update(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  private void log(String format, Object... args) {
    System.out.printf(
        Locale.ROOT,
        "[perf-data %4ds] %s%n",
        (System.nanoTime() - started) / 1_000_000_000L,
        String.format(Locale.ROOT, format, args));
  }
}
