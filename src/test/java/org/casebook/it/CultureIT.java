package org.casebook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casebook.account.Account;
import org.casebook.account.Accounts;
import org.casebook.account.Team;
import org.casebook.asset.AssetLinks;
import org.casebook.conversation.ContactMode;
import org.casebook.conversation.Conversation;
import org.casebook.conversation.ConversationKind;
import org.casebook.conversation.ConversationNotes;
import org.casebook.conversation.Conversations;
import org.casebook.conversation.Goal;
import org.casebook.conversation.NetworkGroup;
import org.casebook.conversation.NetworkMember;
import org.casebook.conversation.Strength;
import org.casebook.conversation.StrengthCategory;
import org.casebook.person.People;
import org.casebook.person.Person;
import org.casebook.person.PersonDetails;
import org.casebook.platform.UkDates;
import org.casebook.practice.AuditForm;
import org.casebook.practice.Audits;
import org.casebook.practice.Culture;
import org.casebook.practice.CultureFigures;
import org.casebook.practice.CultureFilter;
import org.casebook.practice.PracticeAudit;
import org.casebook.practice.Principle;
import org.casebook.practice.RecordTotals;
import org.casebook.security.Caller;
import org.casebook.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The practice culture dashboard in a real Payara Micro, on H2 or (with -Pmysql) MariaDB: every
 * figure on a seeded data set equals the hand count below, who may see what (in the service and
 * over HTTP), and what the downloads hold.
 *
 * <p>The data set is made through the same services as the pages (conversations signed, corrected
 * by an addendum, a community connection made, audits scored, sent and answered), then moved back
 * to the months below as if signed then. It lives in two teams made for this run only (C and D,
 * with a run tag in their names), so nothing another test signs is counted, on a database shared by
 * every test class or reused from an earlier run. Months count back from this one: M1 is last
 * month, M12 the twelfth month back. The dashboard asked for is 12 months ending with M1: it shows
 * M12 to M1 and compares them with M24 to M13.
 *
 * <p>Each record is written to a pattern whose figures are easy to count: "what matters" is 7 words
 * (the person's own when marked so); "not working" is 7 plain words, or 8 with two findings ("He
 * refuses to engage and suffers from pain."); each strength is 1 word; network members add no
 * words; each goal is 4 words, the person's own ("I want to dance") or not ("Attend the club
 * weekly").
 *
 * <pre>
 * record  team worker month       own  deficit strengths network goals(own) conn.  words own finds
 * R1      C    c1     M1 (1st)    yes  no      2         1       1 (1)     -      20    11   0
 * R2      C    c2     M1 (15th)   no   yes     0, then 2 by an addendum   -      23→25  0   2
 *                                              2 (0)
 * R3      C    c1     M1 (last)   no   no      1         0       0         1      15    0    0
 * R4      C    c2     M12 (1st)   yes  yes     1         2       1 (0)     -      20    7    2
 * R5      C    c1     M13 (last)  no   yes     0         0       1 (1)     -      19    4    2
 * R6      C    c1     M24 (1st)   no   no      1         1       0         -      15    0    0
 * R7      C    c1     M25         no   no      3         0       0         -      (not counted)
 * R8      C    c1     this month  no   no      1         0       0         -      (after the end)
 * R9      D    d1     M1          yes  no      1         1       1 (1)     -      19    11   0
 * R10     D    d1     M6          no   yes     0         0       0         -      15    0    2
 *
 * audits (manager C; manager D)     scores (voice, strengths, network, community, goals, risks,
 * A1 R1 sent                        language): 3 3 3 3 3 3 4 = 22
 * A2 R2 sent and answered (closed)  2 2 2 2 2 2 2 = 14
 * A3 R3 saved, not sent             1 … (not counted)
 * A4 R4 sent                        4 4 4 4 4 4 4 = 28
 * A5 R5 sent                        1 1 1 1 1 1 1 = 7   (M13: the year before only)
 * B1 R9 sent (manager D)            3 3 3 3 3 3 3 = 21
 * B2 R10 added only                 (not counted)
 *
 * HAND COUNT, team C, 12 months to M1   M1              M12            every other month
 * records signed                        3               1              0
 * words / findings / per 1,000          60 / 2 / 33.3   20 / 2 / 100.0 0 / 0 / no data
 * the person's own words                11 (18%)        7 (35%)        no data
 * with a strength / network / conn.     3 / 1 / 1       1 / 1 / 0      no data
 *   shares                              100% / 33% / 33%  100 / 100 / 0%
 * with an own-word goal                 1 (33%)         0 (0%)
 * goals / in their words                3 / 1 (33%)     1 / 0 (0%)
 * audits sent; voice; language; all     2; 2.5; 3.0; 2.6   1; 4.0; 4.0; 4.0
 * all 12 months: 4 records, 80 words, 4 findings (50.0), own words 18 (23%), strength 4 (100%),
 *   network 2 (50%), connection 1 (25%), own-word goal 1 (25%), goals 4 / own 1 (25%),
 *   audits 3, voice 3.0, all principles 64 / 21 = 3.0
 * the 12 months before (M24 to M13): R5, R6: 2 records, 34 words, 2 findings (58.8), own 4 (12%),
 *   strength 1 (50%), network 1 (50%), connection 0 (0%), own-word goal 1 (50%), goals 1 / own 1
 *   (100%), audits 1, all 1.0
 * change: records +2, per 1,000 -8.8, strength +50, network 0, connection +25, own-word goal -25,
 *   goals in their words -75, own words +11, audits +2, all principles +2.0
 * by worker: Cal Worker (c1): R1, R3: 2 records, 35 words, 0 findings (0.0), strength 100%,
 *   network 50%, connection 50%, own-word goal 50%, audits 1, all 22 / 7 = 3.1
 *   Cat Worker (c2): R2, R4: 2 records, 45 words, 4 findings (88.9), strength 100%, network 50%,
 *   connection 0%, own-word goal 0%, audits 2, all 42 / 14 = 3.0
 *   Cai Manager: nothing (no data)
 * team D, 12 months to M1: M1 1 record, 19 words, own 11 (58%), audits 1 (3.0); M6 1 record,
 *   15 words, 2 findings (133.3); all: 2 records, 34 words, 2 findings (58.8)
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
class CultureIT {

  private static final String PW = TestFixtures.PASSWORD;
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  @Deployment
  static WebArchive deployment() {
    return Deployments.casebook().addClass(CultureIT.class);
  }

  @Inject Culture culture;
  @Inject Accounts accounts;
  @Inject People people;
  @Inject Conversations conversations;
  @Inject AssetLinks assetLinks;
  @Inject Audits audits;
  @Inject TestFixtures fixtures;
  @PersistenceContext EntityManager em;
  @ArquillianResource URL base;

  /** What this run made, kept once seeded: accounts by letter, teams, records. */
  private static final Map<String, Object> RUN = new ConcurrentHashMap<>();

  private static final YearMonth NOW = YearMonth.now();

  private static YearMonth m(int back) {
    return NOW.minusMonths(back);
  }

  private Caller caller(String username) {
    Account a = accounts.findByUsername(username).orElseThrow();
    return new Caller(
        a.getId(), a.getUsername(), a.getRole(), a.getTeam() == null ? null : a.getTeam().getId());
  }

  private static String user(String letter) {
    return (String) RUN.get("user." + letter);
  }

  private Caller who(String letter) {
    return caller(user(letter));
  }

  private static long team(String letter) {
    return (Long) RUN.get("team." + letter);
  }

  private static String teamName(String letter) {
    return (String) RUN.get("teamName." + letter);
  }

  // --- the data set -------------------------------------------------------------------------

  @BeforeEach
  void seedOnce() {
    synchronized (RUN) {
      if (RUN.isEmpty()) {
        seed();
      }
    }
  }

  /**
   * Notes to the pattern in the class comment.
   *
   * @param own whether "what matters" is in the person's words
   * @param deficit whether "not working" has its two findings
   * @param strengths how many strengths
   * @param network how many people in the network
   * @param goals how many goals, the first {@code ownGoals} in the person's words
   */
  private static ConversationNotes notes(
      LocalDate held,
      boolean own,
      boolean deficit,
      int strengths,
      int network,
      int goals,
      int ownGoals) {
    ConversationNotes n = ConversationNotes.startingOn(held);
    n.setHeldOn(UkDates.forInput(held));
    n.setMode(ContactMode.VISIT);
    n.setWhatMatters("Seeing friends at the club every week.");
    n.setWhatMattersTheirWords(own);
    n.setNotWorking(
        deficit
            ? "He refuses to engage and suffers from pain."
            : "Walking to the shop is hard now.");
    for (int i = 0; i < strengths; i++) {
      n.getStrengths().add(new Strength(StrengthCategory.PERSONAL_QUALITIES, "Kind"));
    }
    for (int i = 0; i < network; i++) {
      n.getNetwork().add(new NetworkMember("Mo", "neighbour", NetworkGroup.NEIGHBOURS, 3));
    }
    for (int i = 0; i < goals; i++) {
      Goal g = new Goal(i < ownGoals ? "I want to dance" : "Attend the club weekly");
      g.scaled("Not at all", "Once", "Most weeks", "Every week", "Every week with friends");
      n.getGoals().add(g);
    }
    return n;
  }

  private long record(
      String key,
      String worker,
      long personId,
      LocalDate signedOn,
      boolean own,
      boolean deficit,
      int strengths,
      int network,
      int goals,
      int ownGoals) {
    Caller w = who(worker);
    Conversation c = conversations.start(w, personId, ConversationKind.BUILD_A_GOOD_LIFE, "test");
    LocalDate held = signedOn.isAfter(LocalDate.now()) ? LocalDate.now() : signedOn;
    Conversation signed =
        conversations.finalise(
            w,
            c.getId(),
            c.getVersion(),
            notes(held, own, deficit, strengths, network, goals, ownGoals),
            "test");
    if (!YearMonth.from(signedOn).equals(NOW)) {
      fixtures.backdate(signed.getId(), signedOn);
    }
    RUN.put("record." + key, signed.getId());
    return signed.getId();
  }

  private long person(String worker, String key) {
    Caller w = who(worker);
    Person p =
        people.create(
            w,
            new PersonDetails(
                "Culture Person " + key + " " + RUN.get("tag"),
                null,
                null,
                null,
                null,
                null,
                null,
                "Riverside",
                null,
                null),
            new People.Allocation(w.accountId(), false, List.of()),
            "test");
    return p.getId();
  }

  private Team newTeam(String letter, String tag) {
    Team t = accounts.createTeam(caller("it.admin"), "Culture Team " + letter + " " + tag);
    RUN.put("team." + letter, t.getId());
    RUN.put("teamName." + letter, t.getName());
    return t;
  }

  private void account(String letter, String name, Role role, Team team, String tag) {
    String username = "cult." + letter + "." + tag;
    accounts.createWithPassword(username, name, role, team, PW);
    RUN.put("user." + letter, username);
  }

  private static AuditForm scores(int each, int language) {
    Map<Principle, Integer> scores = new EnumMap<>(Principle.class);
    for (Principle p : Principle.values()) {
      scores.put(p, p == Principle.LANGUAGE ? language : each);
    }
    return new AuditForm(scores, Map.of(), "Thank you: what went well, and what to try next.");
  }

  private PracticeAudit sent(String manager, String record, int each, int language) {
    Caller m = who(manager);
    PracticeAudit a = audits.add(m, (Long) RUN.get("record." + record));
    return audits.send(m, a.getId(), a.getVersion(), scores(each, language), "test");
  }

  private void seed() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    RUN.put("tag", tag);
    Team c = newTeam("C", tag);
    Team d = newTeam("D", tag);
    account("c1", "Cal Worker", Role.SOCIAL_WORKER, c, tag);
    account("c2", "Cat Worker", Role.SOCIAL_WORKER, c, tag);
    account("mc", "Cai Manager", Role.TEAM_MANAGER, c, tag);
    account("d1", "Dot Worker", Role.SOCIAL_WORKER, d, tag);
    account("md", "Dan Manager", Role.TEAM_MANAGER, d, tag);

    long p1 = person("c1", "P1");
    long p2 = person("c2", "P2");
    long p3 = person("c1", "P3");
    long p4 = person("d1", "P4");
    record("R1", "c1", p1, m(1).atDay(1), true, false, 2, 1, 1, 1);
    long r2 = record("R2", "c2", p2, m(1).atDay(15), false, true, 0, 0, 2, 0);
    long r3 = record("R3", "c1", p3, m(1).atEndOfMonth(), false, false, 1, 0, 0, 0);
    record("R4", "c2", p2, m(12).atDay(1), true, true, 1, 2, 1, 0);
    record("R5", "c1", p1, m(13).atEndOfMonth(), false, true, 0, 0, 1, 1);
    record("R6", "c1", p1, m(24).atDay(1), false, false, 1, 1, 0, 0);
    record("R7", "c1", p3, m(25).atDay(10), false, false, 3, 0, 0, 0);
    record("R8", "c1", p3, LocalDate.now(), false, false, 1, 0, 0, 0);
    record("R9", "d1", p4, m(1).atDay(20), true, false, 1, 1, 1, 1);
    record("R10", "d1", p4, m(6).atDay(10), false, true, 0, 0, 0, 0);

    // R2 corrected: two strengths added. Its month stays the month it was signed.
    Caller c2 = who("c2");
    Conversation signedR2 = conversations.open(c2, r2, "test");
    ConversationNotes corrected = signedR2.notes();
    corrected.getStrengths().add(new Strength(StrengthCategory.INTERESTS, "Singing"));
    corrected.getStrengths().add(new Strength(StrengthCategory.FAMILY, "Grandchildren"));
    conversations.addAddendum(
        c2, r2, signedR2.getVersion(), "Strengths we talked about", corrected, "test");
    // R3: a community connection made after it was signed.
    long asset =
        em.createQuery(
                "select a.id from Asset a where a.retiredAt is null order by a.id", Long.class)
            .setMaxResults(1)
            .getSingleResult();
    assetLinks.suggest(who("c1"), r3, asset, "Went along together", "test");

    sent("mc", "R1", 3, 4);
    PracticeAudit a2 = sent("mc", "R2", 2, 2);
    audits.respond(c2, a2.getId(), a2.getVersion(), "Thank you, I will try that.");
    PracticeAudit a3 = audits.add(who("mc"), r3);
    audits.save(who("mc"), a3.getId(), a3.getVersion(), scores(1, 1));
    sent("mc", "R4", 4, 4);
    sent("mc", "R5", 1, 1);
    sent("md", "R9", 3, 3);
    audits.add(who("md"), (Long) RUN.get("record.R10"));
  }

  private static CultureFilter lastYearTo(Long team, Long worker) {
    return new CultureFilter(12, m(1), team, worker);
  }

  private static CultureFigures.Month month(CultureFigures f, YearMonth m) {
    return f.months().stream()
        .filter(x -> x.month().equals(m))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no month " + m));
  }

  private static RecordTotals totals(
      long records,
      long words,
      long findings,
      long own,
      long strengths,
      long network,
      long assets,
      long ownGoalRecords,
      long goals,
      long ownGoals) {
    return new RecordTotals(
        records, words, findings, own, strengths, network, assets, ownGoalRecords, goals, ownGoals);
  }

  // --- the figures --------------------------------------------------------------------------

  @Test
  void teamCsFiguresMatchTheHandCountMonthByMonth() {
    CultureFigures f = culture.figures(who("mc"), lastYearTo(null, null));
    assertEquals(team("C"), f.filter().teamId(), "a manager's own team");
    assertEquals(teamName("C"), f.teamName());
    assertEquals(12, f.months().size());
    assertEquals(m(12), f.months().get(0).month());
    assertEquals(m(1), f.months().get(11).month());
    assertFalse(f.months().get(11).soFar(), "last month has ended");

    CultureFigures.Month m1 = month(f, m(1));
    assertEquals(totals(3, 60, 2, 11, 3, 1, 1, 1, 3, 1), m1.records());
    assertEquals(new BigDecimal("33.3"), m1.records().findingsPerThousand());
    assertEquals(18, m1.records().ownWordsShare().percent());
    assertEquals(100, m1.records().withStrengthsShare().percent(), "the addendum counts");
    assertEquals(33, m1.records().withNetworkShare().percent());
    assertEquals(33, m1.records().withAssetsShare().percent(), "a connection made later counts");
    assertEquals(33, m1.records().withOwnWordGoalsShare().percent());
    assertEquals(33, m1.records().ownWordGoalsShare().percent());
    assertEquals(2, m1.audits().sent(), "A3 was saved, not sent");
    assertEquals("2.5", m1.audits().score(Principle.VOICE).shown());
    assertEquals("3.0", m1.audits().score(Principle.LANGUAGE).shown());
    assertEquals("2.6", m1.audits().all().shown(), "36 / 14");

    CultureFigures.Month m12 = month(f, m(12));
    assertEquals(totals(1, 20, 2, 7, 1, 1, 0, 0, 1, 0), m12.records(), "the first month shown");
    assertEquals(new BigDecimal("100.0"), m12.records().findingsPerThousand());
    assertEquals(35, m12.records().ownWordsShare().percent());
    assertEquals(0, m12.records().withAssetsShare().percent(), "none of 1 is 0%");
    assertEquals(1, m12.audits().sent());
    assertEquals("4.0", m12.audits().all().shown());

    for (int back = 2; back <= 11; back++) {
      CultureFigures.Month empty = month(f, m(back));
      assertEquals(RecordTotals.NONE, empty.records(), "month " + back + " is empty");
      assertNull(empty.records().findingsPerThousand());
      assertTrue(empty.records().withStrengthsShare().isNoData(), "no data, not 0%");
      assertTrue(empty.audits().all().isNoData());
    }

    CultureFigures.Span shown = f.shown();
    assertEquals(totals(4, 80, 4, 18, 4, 2, 1, 1, 4, 1), shown.records());
    assertEquals(new BigDecimal("50.0"), shown.records().findingsPerThousand());
    assertEquals(23, shown.records().ownWordsShare().percent(), "18 of 80 is 22.5%, half up");
    assertEquals(50, shown.records().withNetworkShare().percent());
    assertEquals(25, shown.records().withAssetsShare().percent());
    assertEquals(3, shown.audits().sent());
    assertEquals("3.0", shown.audits().score(Principle.VOICE).shown());
    assertEquals("3.0", shown.audits().all().shown(), "64 / 21");
  }

  @Test
  void theYearsChangeComparesTheTwelveMonthsBefore() {
    CultureFigures f = culture.figures(who("mc"), lastYearTo(null, null));
    assertEquals(m(12), f.lastYear().first());
    assertEquals(m(1), f.lastYear().last());
    assertEquals(f.shown().records(), f.lastYear().records());
    assertEquals(m(24), f.yearBefore().first());
    assertEquals(m(13), f.yearBefore().last());
    RecordTotals before = f.yearBefore().records();
    assertEquals(totals(2, 34, 2, 4, 1, 1, 0, 1, 1, 1), before, "R5 and R6; not R7 (M25)");
    assertEquals(new BigDecimal("58.8"), before.findingsPerThousand());
    assertEquals(12, before.ownWordsShare().percent());
    assertEquals(100, before.ownWordGoalsShare().percent());
    assertEquals(1, f.yearBefore().audits().sent());
    assertEquals("1.0", f.yearBefore().audits().all().shown());

    var change =
        org.casebook.practice.CultureTables.of(f).stream()
            .filter(g -> g.id().equals("change"))
            .findFirst()
            .orElseThrow()
            .tables()
            .get(0);
    List<String> changes = new ArrayList<>();
    change.rows().forEach(r -> changes.add(r.get(3).text()));
    assertEquals(
        List.of(
            "+2", "-8.8", "+50", "0", "+25", "-25", "-75", "+11", "+2", "+2.0", "+2.0", "+2.0",
            "+2.0", "+2.0", "+2.0", "+2.3", "+2.0"),
        changes);
  }

  @Test
  void eachWorkerOfTheTeamAndAWorkersOwnFiguresMatchTheHandCount() {
    CultureFigures f = culture.figures(who("mc"), lastYearTo(null, null));
    assertEquals(CultureFilter.By.WORKER, f.filter().by());
    assertEquals(
        List.of("Cai Manager", "Cal Worker", "Cat Worker"),
        f.breakdown().stream().map(CultureFigures.Row::label).toList(),
        "the team's active staff, in order of name, and nobody from team D");
    CultureFigures.Row cal = f.breakdown().get(1);
    assertEquals(totals(2, 35, 0, 11, 2, 1, 1, 1, 1, 1), cal.records());
    assertEquals(1, cal.audits().sent());
    assertEquals("3.1", cal.audits().all().shown(), "22 / 7");
    CultureFigures.Row cat = f.breakdown().get(2);
    assertEquals(totals(2, 45, 4, 7, 2, 1, 0, 0, 3, 0), cat.records());
    assertEquals(new BigDecimal("88.9"), cat.records().findingsPerThousand());
    assertEquals(2, cat.audits().sent());
    assertEquals("3.0", cat.audits().all().shown());
    assertTrue(f.breakdown().get(0).records().withStrengthsShare().isNoData());

    long c1 = who("c1").accountId();
    CultureFigures byManager = culture.figures(who("mc"), lastYearTo(null, c1));
    CultureFigures own = culture.figures(who("c1"), lastYearTo(null, null));
    for (CultureFigures cal1 : List.of(byManager, own)) {
      assertEquals("Cal Worker", cal1.workerName());
      assertTrue(cal1.breakdown().isEmpty());
      assertEquals(totals(2, 35, 0, 11, 2, 1, 1, 1, 1, 1), cal1.shown().records());
      assertEquals(totals(2, 34, 2, 4, 1, 1, 0, 1, 1, 1), cal1.yearBefore().records());
      assertEquals(1, cal1.shown().audits().sent());
    }
    assertEquals(c1, own.filter().workerId(), "a worker's own figures");
  }

  @Test
  void thisMonthIsShownSoFarWhenTheTrendEndsWithIt() {
    CultureFigures f = culture.figures(who("c1"), new CultureFilter(24, NOW, null, null));
    CultureFigures.Month now = f.months().get(23);
    assertTrue(now.soFar());
    assertEquals(totals(1, 15, 0, 0, 1, 0, 0, 0, 0, 0), now.records(), "R8");
    assertEquals(m(23), f.months().get(0).month());
    assertEquals(4, f.shown().records().records(), "R1, R3, R5 (M13) and R8, not R6 (M24)");
  }

  @Test
  void teamDAndTheWholeCouncilForLeaders() {
    for (String who : List.of("it.leader", "it.admin")) {
      CultureFigures d = culture.figures(caller(who), lastYearTo(team("D"), null));
      assertEquals(teamName("D"), d.teamName());
      assertEquals(totals(1, 19, 0, 11, 1, 1, 0, 1, 1, 1), month(d, m(1)).records());
      assertEquals(58, month(d, m(1)).records().ownWordsShare().percent());
      assertEquals("3.0", month(d, m(1)).audits().all().shown());
      assertEquals(new BigDecimal("133.3"), month(d, m(6)).records().findingsPerThousand());
      assertEquals(totals(2, 34, 2, 11, 1, 1, 0, 1, 1, 1), d.shown().records());
      assertEquals(1, d.shown().audits().sent(), "R10's audit was not sent");

      CultureFigures council = culture.figures(caller(who), lastYearTo(null, null));
      assertNull(council.teamName());
      assertEquals(CultureFilter.By.TEAM, council.filter().by());
      CultureFigures.Row c = row(council, teamName("C"));
      assertEquals(totals(4, 80, 4, 18, 4, 2, 1, 1, 4, 1), c.records());
      assertEquals(3, c.audits().sent());
      CultureFigures.Row rowD = row(council, teamName("D"));
      assertEquals(d.shown().records(), rowD.records());
      RecordTotals everyTeam = RecordTotals.NONE;
      for (CultureFigures.Row r : council.breakdown()) {
        everyTeam = everyTeam.plus(r.records());
      }
      assertEquals(council.shown().records(), everyTeam, "the council is every team added up");
    }
  }

  private static CultureFigures.Row row(CultureFigures f, String label) {
    return f.breakdown().stream()
        .filter(r -> r.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + label));
  }

  @Test
  void theMonthlyTotalsAreAlwaysTheRecordsFiguresAddedUp() {
    Object[] figures =
        (Object[])
            em.createNativeQuery(
                    "SELECT COUNT(*), SUM(words), SUM(findings), SUM(strengths), SUM(assets)"
                        + " FROM record_figure WHERE team_id = ?1")
                .setParameter(1, team("C"))
                .getSingleResult();
    Object[] months =
        (Object[])
            em.createNativeQuery(
                    "SELECT SUM(records), SUM(words), SUM(findings), SUM(with_strengths),"
                        + " SUM(with_assets) FROM record_figure_month WHERE team_id = ?1")
                .setParameter(1, team("C"))
                .getSingleResult();
    assertEquals(8L, ((Number) figures[0]).longValue(), "R1 to R8");
    assertEquals(((Number) figures[0]).longValue(), ((Number) months[0]).longValue());
    assertEquals(((Number) figures[1]).longValue(), ((Number) months[1]).longValue());
    assertEquals(((Number) figures[2]).longValue(), ((Number) months[2]).longValue());
    assertEquals(7L, ((Number) months[3]).longValue(), "records with a strength: all but R5");
    assertEquals(1L, ((Number) months[4]).longValue());
  }

  // --- who sees what ------------------------------------------------------------------------

  @Test
  void managersSeeTheirOwnTeamAndAreRefusedAnother() {
    assertThrows(
        Caller.AccessDenied.class,
        () -> culture.figures(who("mc"), lastYearTo(team("D"), null)),
        "team D asked for: refused, not answered with team C");
    assertThrows(
        Caller.AccessDenied.class,
        () -> culture.figures(who("mc"), lastYearTo(null, who("d1").accountId())),
        "a worker of team D");
    long teamB = caller("it.manager.b").teamId();
    assertThrows(
        Caller.AccessDenied.class,
        () -> culture.figures(caller("it.manager.a"), lastYearTo(teamB, null)));
    assertThrows(
        Caller.AccessDenied.class,
        () -> culture.problems(caller("it.manager.a"), lastYearTo(teamB, null)));
    assertTrue(culture.teams(who("mc")).isEmpty(), "managers choose no team");
    assertEquals(
        List.of("Cai Manager", "Cal Worker", "Cat Worker"),
        culture.workers(who("mc"), null).stream().map(Account::getDisplayName).toList());
    assertThrows(Caller.AccessDenied.class, () -> culture.workers(who("mc"), team("D")));
  }

  @Test
  void workersSeeOnlyTheirOwnAndTrainersNothing() {
    Caller c1 = who("c1");
    assertThrows(
        Caller.AccessDenied.class,
        () -> culture.figures(c1, lastYearTo(null, who("c2").accountId())));
    assertThrows(Caller.AccessDenied.class, () -> culture.figures(c1, lastYearTo(team("D"), null)));
    assertTrue(culture.workers(c1, null).isEmpty(), "workers choose nobody");
    Caller trainer = caller("it.trainer");
    assertThrows(Caller.AccessDenied.class, () -> culture.figures(trainer, lastYearTo(null, null)));
    assertThrows(Caller.AccessDenied.class, () -> culture.teams(trainer));
    assertThrows(Caller.AccessDenied.class, () -> culture.workers(trainer, null));
  }

  @Test
  void aLeadersWrongChoicesAreProblemsBesideTheFields() {
    Caller leader = caller("it.leader");
    assertEquals(
        "culture.team.invalid",
        culture.problems(leader, lastYearTo(999_999L, null)).get("team").messageKey());
    assertEquals(
        "culture.worker.teamFirst",
        culture
            .problems(leader, lastYearTo(null, who("c1").accountId()))
            .get("worker")
            .messageKey());
    assertEquals(
        "culture.worker.invalid",
        culture
            .problems(leader, lastYearTo(team("D"), who("c1").accountId()))
            .get("worker")
            .messageKey());
    assertTrue(culture.problems(leader, lastYearTo(team("C"), who("c1").accountId())).isEmpty());
    assertTrue(culture.teams(leader).stream().anyMatch(t -> t.getName().equals(teamName("D"))));
  }

  // --- over HTTP ----------------------------------------------------------------------------

  private static String months12() {
    return "months=12&end=" + m(1);
  }

  @Test
  void theManagersPageShowsChartsBesideTablesAndNoPeople() {
    SignedIn manager = new SignedIn(base, user("mc"));
    HttpResponse<String> page = manager.get("/practice/culture.xhtml?" + months12());
    assertEquals(200, page.statusCode());
    String html = page.body();
    assertTrue(
        html.contains(
            "<caption id=\"language-caption\">Records signed and language to reconsider, month by"
                + " month: "
                + teamName("C")
                + ", "
                + MONTH.format(m(12))),
        html);
    assertTrue(html.contains("role=\"img\" aria-label=\"Line chart of language to reconsider"));
    assertTrue(html.contains("\"type\":\"line\""), "Chart.js configuration");
    assertTrue(html.contains("<th scope=\"row\">" + MONTH.format(m(1)) + "</th>"), "a row a month");
    assertTrue(
        java.util.regex.Pattern.compile(
                "<th scope=\"row\">"
                    + MONTH.format(m(1))
                    + "</th>\\s*<td class=\"cb-num\">3</td>\\s*<td class=\"cb-num\">60</td>"
                    + "\\s*<td class=\"cb-num\">2</td>\\s*<td class=\"cb-num\">33.3</td>")
            .matcher(html)
            .find(),
        "M1's records, words, findings and rate");
    assertTrue(html.contains("<th scope=\"row\">Cal Worker</th>"), "by worker");
    assertFalse(html.contains("Culture Person"), "no person's name on the page");
    assertFalse(html.contains("Dot Worker"), "nobody from team D");
    assertTrue(html.contains("practice/culture.pdf?months=12&amp;end=" + m(1)), html);
    assertTrue(html.contains("id=\"navCulture\""), "in the menu");
  }

  @Test
  void pagesAndDownloadsAreRefusedToTheWrongPeople() {
    SignedIn manager = new SignedIn(base, user("mc"));
    String teamD = "&team=" + team("D");
    assertEquals(403, manager.get("/practice/culture.xhtml?" + months12() + teamD).statusCode());
    for (String ext : List.of("csv", "xlsx", "pdf")) {
      assertEquals(
          403, manager.bytes("/practice/culture." + ext + "?" + months12() + teamD).statusCode());
    }
    SignedIn c1 = new SignedIn(base, user("c1"));
    assertEquals(200, c1.get("/practice/culture.xhtml").statusCode(), "their own figures");
    assertEquals(
        403,
        c1.get("/practice/culture.xhtml?worker=" + who("c2").accountId()).statusCode(),
        "a colleague's");
    SignedIn trainer = new SignedIn(base, "it.trainer");
    assertEquals(403, trainer.get("/practice/culture.xhtml").statusCode());
    assertEquals(403, trainer.bytes("/practice/culture.csv").statusCode());
    assertFalse(trainer.get("/index.xhtml").body().contains("navCulture"), "no link for trainers");
    SignedIn leader = new SignedIn(base, "it.leader");
    String council = leader.get("/practice/culture.xhtml?" + months12()).body();
    assertTrue(council.contains("<th scope=\"row\">" + teamName("C") + "</th>"), "by team");
    assertTrue(council.contains("<th scope=\"row\">" + teamName("D") + "</th>"));
    assertTrue(council.contains("id=\"navCulture\""));
  }

  @Test
  void choicesNotOnOfferAreExplainedAndKeptAndDownloadsRefused() {
    SignedIn leader = new SignedIn(base, "it.leader");
    String html = leader.get("/practice/culture.xhtml?months=18&team=999999").body();
    assertTrue(html.contains("id=\"months-error\">Choose 12, 24 or 36 months</p>"), html);
    assertTrue(html.contains("<a href=\"#months\">Choose 12, 24 or 36 months</a>"));
    assertFalse(html.contains("language-caption"), "no figures for choices that are not on offer");
    assertEquals(400, leader.bytes("/practice/culture.csv?months=18").statusCode());
    String wrongTeam = leader.get("/practice/culture.xhtml?team=999999").body();
    assertTrue(wrongTeam.contains("id=\"team-error\">Choose a team from the list</p>"), wrongTeam);
    assertEquals(400, leader.bytes("/practice/culture.pdf?team=999999").statusCode());
  }

  @Test
  void theDownloadsHoldTheSameTables() throws IOException {
    SignedIn manager = new SignedIn(base, user("mc"));
    HttpResponse<byte[]> csv = manager.bytes("/practice/culture.csv?" + months12());
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    String disposition = csv.headers().firstValue("Content-Disposition").orElse("");
    assertTrue(
        disposition.matches(
            "attachment; filename=\"practice-culture-culture-team-c-[0-9a-f]{6}-"
                + m(12)
                + "-to-"
                + m(1)
                + "-made-\\d{4}-\\d{2}-\\d{2}\\.csv\""),
        disposition);
    List<String> lines =
        List.of(new String(csv.body(), StandardCharsets.UTF_8).substring(1).split("\r\n", -1));
    assertEquals("Practice culture", lines.get(0));
    assertTrue(lines.contains("Team," + teamName("C")), lines.toString());
    assertTrue(lines.contains(MONTH.format(m(1)) + ",3,60,2,33.3,11,18%"), lines.toString());
    assertTrue(lines.contains(MONTH.format(m(12)) + ",1,20,2,100.0,7,35%"), lines.toString());
    assertTrue(lines.contains(MONTH.format(m(6)) + ",0,0,0,No data,0,No data"));
    assertTrue(lines.contains("All 12 months,4,80,4,50.0,18,23%"), lines.toString());
    assertTrue(lines.contains("Cal Worker,2,0.0,100%,50%,50%,50%,1,3.1"), lines.toString());
    assertFalse(String.join("\n", lines).contains("Culture Person"));

    HttpResponse<byte[]> xlsx = manager.bytes("/practice/culture.xlsx?" + months12());
    assertEquals(200, xlsx.statusCode());
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertEquals("What these figures are for", book.getSheetAt(0).getSheetName());
      Sheet practice = book.getSheet("Strengths and connections");
      var m1 = practice.getRow(3 + 12);
      assertEquals(MONTH.format(m(1)), m1.getCell(0).getStringCellValue());
      assertEquals(3.0, m1.getCell(1).getNumericCellValue());
      assertEquals(1.0, m1.getCell(3).getNumericCellValue(), 1e-9, "100% with a strength");
      assertEquals(1.0 / 3, m1.getCell(5).getNumericCellValue(), 0.01, "33%");
    }

    HttpResponse<byte[]> pdf = manager.bytes("/practice/culture.pdf?" + months12());
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    PdfReader reader = new PdfReader(pdf.body());
    try {
      String first = new PdfTextExtractor(reader).getTextFromPage(1);
      assertTrue(first.contains("Practice culture"), first);
      assertTrue(first.contains(teamName("C")), first);
      assertTrue(first.contains("Made on"), first);
      assertTrue(first.contains(UkDates.show(LocalDate.now())), first);
      StringBuilder all = new StringBuilder();
      for (int p = 1; p <= reader.getNumberOfPages(); p++) {
        all.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
      }
      assertTrue(all.toString().contains("Cal Worker"), all.toString());
      assertFalse(all.toString().contains("Culture Person"));
    } finally {
      reader.close();
    }
  }
}
