package org.casebook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casebook.account.Account;
import org.casebook.account.Accounts;
import org.casebook.contact.CodedList;
import org.casebook.contact.CodedLists;
import org.casebook.contact.CodedValue;
import org.casebook.contact.Contact;
import org.casebook.contact.ContactDetails;
import org.casebook.contact.Contacts;
import org.casebook.contact.ResolutionDetails;
import org.casebook.contact.ResolutionRoute;
import org.casebook.conversation.ContactMode;
import org.casebook.conversation.Conversation;
import org.casebook.conversation.ConversationKind;
import org.casebook.conversation.ConversationNotes;
import org.casebook.conversation.Conversations;
import org.casebook.conversation.Goal;
import org.casebook.outcome.Breakdown;
import org.casebook.outcome.CldRow;
import org.casebook.outcome.ClientLevelData;
import org.casebook.outcome.Figures;
import org.casebook.outcome.FilterInput;
import org.casebook.outcome.OutcomeFilter;
import org.casebook.outcome.Outcomes;
import org.casebook.outcome.Pseudonyms;
import org.casebook.outcome.ReportingQuarter;
import org.casebook.person.People;
import org.casebook.person.Person;
import org.casebook.person.PersonDetails;
import org.casebook.platform.UkDates;
import org.casebook.report.Rate;
import org.casebook.review.ReviewDetails;
import org.casebook.review.Reviews;
import org.casebook.security.Caller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outcomes dashboard and the Client Level Data extract in a real Payara Micro, on H2 or (with
 * -Pmysql) MariaDB: every figure on a seeded data set equals the hand count below, who may see what
 * (in the service and over HTTP), and what the extract holds.
 *
 * <p>The data set, made through the same services as the pages (so requests, repeats and comebacks
 * are worked out as in real use). The period counted is 1 April 2025 to 31 March 2026; the
 * council's repeat window is the default, 6 months. Contacts are recorded by the worker named.
 *
 * <pre>
 * person      team ward       contact (worker)  date        route              next step       request?  repeat 3/6/12
 * P1          A    Riverside  c1 (a1)           2025-02-10  community          information     start     - (before)
 *                             c2 (a1)           2025-05-01  community          community asset start     Y / Y / Y
 *                             c3 (a1)           2025-05-03  community          information     (c2's)
 *                             c4 (a1)           2025-09-15  community          short term      start     N / Y / Y
 *   resolution of c2's request (a1) 2025-05-20 community asset, sustainable; came back 2025-09-15
 *   (within 6 months of it): flagged
 * P2          A    Hillside   c5 (a2)           2025-04-01  hospital discharge conversation    start     N / N / N
 *                             c6 (a2)           2026-03-31  hospital discharge long term       start     N / N / Y
 *                             c7 (a2)           2026-04-01  community          information     (c6's)    (after)
 *   resolution of c5's request (a2) 2025-06-10 long-term care, not sustainable
 * P3          A    Riverside  c8 (a1)           2025-03-30  community          information     start     (before)
 *                             c9 (a1)           2025-04-02  prison             no further act. (c8's)
 * P4          A    (none)     c10 (a2)          2025-12-01  self-funder        short term      start     N / N / N
 *   resolution of c10's request (a2) 2025-12-15 own network, sustainable, did not come back
 * P5          B    Riverside  c11 (b1)          2025-06-01  community          information     start     N / N / N
 *                             c12 (b1)          2025-07-01  community          community asset start     Y / Y / Y
 *   resolution of c12's request (b1) 2025-07-10 universal services, sustainable
 *
 * reviews (one goal, weight 1: T = 50 + 10 × level)   first KHI (conversation)   KHI at review
 * V1  P1 (a1) 2025-07-10 level +1  T 60   goals met    2 / 4 / 3                4 / 5 / -     change +2 / +1 / -
 * V2  P2 (a2) 2026-03-31 level  0  T 50   goals met    1 / 2 / 2                1 / 5 / 5     change  0 / +3 / +3
 * V3  P4 (a2) 2026-01-15 level -1  T 40   not met      - / - / -                3 / 3 / -     change  - / - / -
 * V4  P5 (b1) 2025-09-01 level +2  T 70   goals met    0 / 1 / 1                2 / 2 / 4     change +2 / +1 / +3
 * V0  P3 (a1) 2025-03-31 level  0  (the day before the period: not counted)
 *
 * reviews overdue today (conversation + 3 months, no review, the person's latest):
 *   P3 (team A, lead a1, Riverside) second conversation 2025-10-01, due 2026-01-01: overdue
 *   P6 (team A, lead a2, Hillside)  conversation a month ago, due in two months: not yet due
 *   P7 (team A, lead a2, Hillside)  2025-03-01 (due 2025-06-01, never reviewed) but a later one
 *                                   two months ago, due next month: not overdue (the latest counts)
 *   P8 (team B, lead b1, Riverside) conversation 2025-02-01, due 2025-05-01: overdue
 *
 * HAND COUNT                       team A        team B       council       A, Riverside  A, worker a2
 * contacts                         7             2            9             4             3
 *   community / hospital discharge 3 / 2         2 / 0        5 / 2         3 / 0         0 / 2
 *   prison / self-funder           1 / 1         0 / 0        1 / 1         1 / 0         0 / 1
 *   information / community asset  1 / 1         1 / 1        2 / 2         1 / 1         0 / 0
 *   short term / conversation      2 / 1         0 / 0        2 / 1         1 / 0         1 / 1
 *   long term / no further action  1 / 1         0 / 0        1 / 1         0 / 1         1 / 0
 * requests begun                   5             2            7             2             3
 * repeats within 3 / 6 / 12        1 / 2 / 3     1 / 1 / 1    2 / 3 / 4     1 / 2 / 2     0 / 0 / 1
 * repeat rate 3 / 6 / 12           20 / 40 / 60% 50/50/50%    29 / 43 / 57% 50/100/100%   0 / 0 / 33%
 * resolutions                      3             1            4             1             2
 *   own network / community asset  1 / 1         0 / 0        1 / 1         0 / 1         1 / 0
 *   long-term care / universal     1 / 0         0 / 1        1 / 1         0 / 0         1 / 0
 * through network or community     2 (67%)       0 (0%)       2 (50%)       1 (100%)      1 (50%)
 * judged sustainable               2 (67%)       1 (100%)     3 (75%)       1 (100%)      1 (50%)
 * flagged (of sustainable)         1 (50%)       0 (0%)       1 (33%)       1 (100%)      0 (0%)
 * reviews held / goals all met     3 / 2         1 / 1        4 / 3         1 / 1         2 / 1
 * average T-score (reviews)        50.0 (3)      70.0 (1)     55.0 (4)      60.0 (1)      45.0 (2)
 * change: people (reviews)         +1.0 (2)      +2.0 (1)     +1.3 (3)      +2.0 (1)      0.0 (1)
 * change: in control               +2.0 (2)      +1.0 (1)     +1.7 (3)      +1.0 (1)      +3.0 (1)
 * change: connected                +3.0 (1)      +3.0 (1)     +3.0 (2)      no data (0)   +3.0 (1)
 * reviews overdue today            1             1            2             1             0
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
class OutcomesIT {

  private static final String PW = TestFixtures.PASSWORD;
  private static final String PERIOD = "period=dates&from=1+4+2025&to=31+3+2026";

  @Deployment
  static WebArchive deployment() {
    return Deployments.casebook().addClass(OutcomesIT.class);
  }

  @Inject Outcomes outcomes;
  @Inject ClientLevelData clientLevelData;
  @Inject Accounts accounts;
  @Inject People people;
  @Inject Contacts contacts;
  @Inject CodedLists codedLists;
  @Inject Conversations conversations;
  @Inject Reviews reviews;
  @PersistenceContext EntityManager em;
  @ArquillianResource URL base;

  private Caller caller(String username) {
    Account a = accounts.findByUsername(username).orElseThrow();
    return new Caller(
        a.getId(), a.getUsername(), a.getRole(), a.getTeam() == null ? null : a.getTeam().getId());
  }

  private long teamOf(String username) {
    return caller(username).teamId();
  }

  // --- the data set -------------------------------------------------------------------------

  /** The people of the data set, by their letter in the table above (kept once seeded). */
  private static final Map<String, Long> PEOPLE = new java.util.concurrent.ConcurrentHashMap<>();

  private static final Map<String, Long> CONTACTS = new java.util.concurrent.ConcurrentHashMap<>();

  @BeforeEach
  void seedOnce() {
    synchronized (PEOPLE) {
      if (PEOPLE.isEmpty()) {
        seed();
      }
    }
  }

  private Person person(String key, String worker, String ward) {
    Caller c = caller(worker);
    Person p =
        people.create(
            c,
            new PersonDetails(
                "Outcome Person " + key + " " + UUID.randomUUID().toString().substring(0, 6),
                null,
                null,
                null,
                null,
                null,
                null,
                ward,
                null,
                null),
            new People.Allocation(c.accountId(), false, List.of()),
            "test");
    PEOPLE.put(key, p.getId());
    return p;
  }

  private long code(CodedList list, String code) {
    return codedLists.active(list).stream()
        .filter(v -> v.getCode().equals(code))
        .map(CodedValue::getId)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(list + " " + code));
  }

  private void contact(
      String key, String worker, Person p, String date, String route, String next) {
    Contact c =
        contacts.record(
            caller(worker),
            p.getId(),
            new ContactDetails(
                date,
                code(CodedList.SOURCE, "PERSON"),
                code(CodedList.ROUTE, route),
                "Asked about help at home",
                code(CodedList.NEXT_STEP, next)),
            "test");
    CONTACTS.put(key, c.getId());
  }

  private void resolve(
      String worker, String contact, String date, ResolutionRoute route, boolean ok) {
    contacts.resolve(
        caller(worker),
        CONTACTS.get(contact),
        new ResolutionDetails(date, route, ok, "What the person and worker agreed"),
        "test");
  }

  private Conversation signed(
      String worker,
      Person p,
      String heldOn,
      Integer khiPeople,
      Integer khiControl,
      Integer khiConnected) {
    Caller w = caller(worker);
    Conversation c = conversations.start(w, p.getId(), ConversationKind.LISTEN_AND_CONNECT, "test");
    ConversationNotes n = ConversationNotes.startingOn(LocalDate.now());
    n.setHeldOn(heldOn);
    n.setMode(ContactMode.VISIT);
    n.setWhatMatters("Getting out to the shops again.");
    n.setKhiPeople(khiPeople);
    n.setKhiControl(khiControl);
    n.setKhiConnected(khiConnected);
    Goal g = new Goal("Walk to the corner shop");
    g.scaled(
        "Not out at all",
        "Out once with help",
        "Out weekly with help",
        "Out weekly alone",
        "Out daily");
    g.setWeight(1);
    n.getGoals().add(g);
    return conversations.finalise(w, c.getId(), c.getVersion(), n, "test");
  }

  private void review(
      String worker,
      Conversation c,
      String heldOn,
      int level,
      Integer khiPeople,
      Integer khiControl,
      Integer khiConnected) {
    String goal = c.notes().getGoals().get(0).getKey();
    reviews.record(
        caller(worker),
        c.getId(),
        new ReviewDetails(
            heldOn,
            List.of(new ReviewDetails.GoalReached(goal, level, null)),
            khiPeople,
            khiControl,
            khiConnected,
            null,
            Set.of(),
            null,
            false,
            null,
            null,
            null),
        "test");
  }

  private void seed() {
    Person p1 = person("P1", "it.worker.a1", "Riverside");
    contact("c1", "it.worker.a1", p1, "10 2 2025", "COMMUNITY", "INFORMATION");
    contact("c2", "it.worker.a1", p1, "1 5 2025", "COMMUNITY", "COMMUNITY_ASSET");
    contact("c3", "it.worker.a1", p1, "3 5 2025", "COMMUNITY", "INFORMATION");
    resolve("it.worker.a1", "c2", "20 5 2025", ResolutionRoute.COMMUNITY_ASSET, true);
    contact("c4", "it.worker.a1", p1, "15 9 2025", "COMMUNITY", "SHORT_TERM");

    Person p2 = person("P2", "it.worker.a2", "Hillside");
    contact("c5", "it.worker.a2", p2, "1 4 2025", "HOSPITAL_DISCHARGE", "CONVERSATION");
    resolve("it.worker.a2", "c5", "10 6 2025", ResolutionRoute.LONG_TERM_CARE, false);
    contact("c6", "it.worker.a2", p2, "31 3 2026", "HOSPITAL_DISCHARGE", "LONG_TERM");
    contact("c7", "it.worker.a2", p2, "1 4 2026", "COMMUNITY", "INFORMATION");

    Person p3 = person("P3", "it.worker.a1", "Riverside");
    contact("c8", "it.worker.a1", p3, "30 3 2025", "COMMUNITY", "INFORMATION");
    contact("c9", "it.worker.a1", p3, "2 4 2025", "PRISON", "NO_FURTHER_ACTION");

    // P4 was added by a1 and has no ward; a2 took the contact.
    Person p4 = person("P4", "it.worker.a1", null);
    contact("c10", "it.worker.a2", p4, "1 12 2025", "SELF_FUNDER_DEPLETED", "SHORT_TERM");
    resolve("it.worker.a2", "c10", "15 12 2025", ResolutionRoute.OWN_NETWORK, true);

    Person p5 = person("P5", "it.worker.b1", "Riverside");
    contact("c11", "it.worker.b1", p5, "1 6 2025", "COMMUNITY", "INFORMATION");
    contact("c12", "it.worker.b1", p5, "1 7 2025", "COMMUNITY", "COMMUNITY_ASSET");
    resolve("it.worker.b1", "c12", "10 7 2025", ResolutionRoute.UNIVERSAL_SERVICES, true);

    review(
        "it.worker.a1",
        signed("it.worker.a1", p1, "10 4 2025", 2, 4, 3),
        "10 7 2025",
        1,
        4,
        5,
        null);
    review(
        "it.worker.a2", signed("it.worker.a2", p2, "1 5 2025", 1, 2, 2), "31 3 2026", 0, 1, 5, 5);
    review(
        "it.worker.a2",
        signed("it.worker.a2", p4, "1 11 2025", null, null, null),
        "15 1 2026",
        -1,
        3,
        3,
        null);
    review("it.worker.b1", signed("it.worker.b1", p5, "5 6 2025", 0, 1, 1), "1 9 2025", 2, 2, 2, 4);
    review(
        "it.worker.a1",
        signed("it.worker.a1", p3, "10 1 2025", null, null, null),
        "31 3 2025",
        0,
        null,
        null,
        null);

    signed("it.worker.a1", p3, "1 10 2025", null, null, null);
    // Reviews are due 3 months after a conversation: these are not due yet, whenever this runs.
    String lastMonth = UkDates.forInput(LocalDate.now().minusMonths(1));
    String twoMonthsAgo = UkDates.forInput(LocalDate.now().minusMonths(2));
    signed("it.worker.a2", person("P6", "it.worker.a2", "Hillside"), lastMonth, null, null, null);
    Person p7 = person("P7", "it.worker.a2", "Hillside");
    signed("it.worker.a2", p7, "1 3 2025", null, null, null);
    signed("it.worker.a2", p7, twoMonthsAgo, null, null, null);
    signed("it.worker.b1", person("P8", "it.worker.b1", "Riverside"), "1 2 2025", null, null, null);
  }

  private static OutcomeFilter filter(Long team, Long worker, String ward) {
    FilterInput.Read read =
        new FilterInput("dates", "1 4 2025", "31 3 2026", ward, null, null).read(LocalDate.now());
    return read.filter().withTeam(team).withWorker(worker);
  }

  private static long count(List<Figures.Count> counts, String label) {
    return counts.stream()
        .filter(c -> c.label().equals(label))
        .mapToLong(Figures.Count::count)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + label + " in " + counts));
  }

  private static void rate(Rate rate, long count, long of, Integer percent) {
    assertEquals(count, rate.count(), "count of " + rate);
    assertEquals(of, rate.of(), "out of " + rate);
    assertEquals(percent, rate.percent(), "percent of " + rate);
  }

  // --- the figures --------------------------------------------------------------------------

  @Test
  void teamAFiguresMatchTheHandCount() {
    Figures f = outcomes.figures(caller("it.manager.a"), filter(null, null, null));
    assertEquals(teamOf("it.manager.a"), f.filter().teamId());
    assertEquals(TestFixtures.TEAM_A, f.teamName());
    assertEquals(6, f.window());

    assertEquals(7, f.contacts());
    assertEquals(3, count(f.contactsByRoute(), "Community / other route"));
    assertEquals(2, count(f.contactsByRoute(), "Discharge from hospital"));
    assertEquals(1, count(f.contactsByRoute(), "Prison"));
    assertEquals(1, count(f.contactsByRoute(), "Self-funder with depleted funds"));
    assertEquals(0, count(f.contactsByRoute(), "Moved from another council"), "zeros are shown");
    assertEquals(
        List.of(
            "Community / other route",
            "Discharge from hospital",
            "Diversion from hospital services",
            "Planned entry (transition)",
            "Self-funder with depleted funds",
            "Discharge from reablement",
            "Prison",
            "Moved from another council"),
        f.contactsByRoute().stream().map(Figures.Count::label).toList(),
        "in the coded list's order");
    assertEquals(
        List.of(1L, 1L, 2L, 1L, 1L, 1L),
        f.contactsByNextStep().stream().map(Figures.Count::count).toList(),
        "information, community asset, short term, conversation, long term, no further action");

    assertEquals(5, f.requests().begun());
    rate(f.requests().rate(3), 1, 5, 20);
    rate(f.requests().rate(6), 2, 5, 40);
    rate(f.requests().rate(12), 3, 5, 60);

    assertEquals(3, f.resolutions().total());
    assertEquals(1L, f.resolutionsByRoute().get(ResolutionRoute.OWN_NETWORK));
    assertEquals(1L, f.resolutionsByRoute().get(ResolutionRoute.COMMUNITY_ASSET));
    assertEquals(1L, f.resolutionsByRoute().get(ResolutionRoute.LONG_TERM_CARE));
    assertNull(f.resolutionsByRoute().get(ResolutionRoute.UNIVERSAL_SERVICES));
    rate(f.resolutions().networkShare(), 2, 3, 67);
    rate(f.resolutions().sustainableShare(), 2, 3, 67);
    rate(f.resolutions().flaggedShare(), 1, 2, 50);

    Figures.Reviews r = f.reviews();
    assertEquals(3, r.held());
    rate(r.goalsMetShare(), 2, 3, 67);
    assertEquals("50.0", r.tScore().shown());
    assertEquals(3, r.tScore().count());
    assertEquals("+1.0", r.khiPeople().shownAsChange());
    assertEquals(2, r.khiPeople().count());
    assertEquals("+2.0", r.khiControl().shownAsChange());
    assertEquals(2, r.khiControl().count());
    assertEquals("+3.0", r.khiConnected().shownAsChange());
    assertEquals(1, r.khiConnected().count());
    assertEquals(1, r.overdue());

    // By worker: a1 and a2 as counted; everyone else in the team is there with nothing.
    assertEquals(Breakdown.Kind.WORKER, f.breakdown().kind());
    Breakdown.Row ada = row(f, "Ada Worker");
    assertEquals(List.of(4L, 2L, 2L, 1L, 1L, 1L, 1L), counts(ada));
    assertEquals("60.0", ada.tScore().shown());
    Breakdown.Row ali = row(f, "Ali Worker");
    assertEquals(List.of(3L, 3L, 0L, 2L, 1L, 2L, 0L), counts(ali));
    assertEquals("45.0", ali.tScore().shown());
    Breakdown.Row amy = row(f, "Amy Worker");
    assertEquals(0, amy.contacts());
    assertTrue(amy.repeatRate().isNoData(), "no requests: no data, not 0%");
    assertFalse(
        f.breakdown().rows().stream().anyMatch(x -> x.label().equals("Ben Worker")),
        "team B's worker is not in team A's breakdown");
  }

  /** Contacts, requests, repeats, resolutions, through networks, reviews, overdue. */
  private static List<Long> counts(Breakdown.Row r) {
    return List.of(
        r.contacts(),
        r.requests(),
        r.repeats(),
        r.resolutions(),
        r.networkOrCommunity(),
        r.reviews(),
        r.overdue());
  }

  private static Breakdown.Row row(Figures f, String label) {
    return f.breakdown().rows().stream()
        .filter(r -> r.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + label));
  }

  @Test
  void theCouncilAndEachTeamMatchTheHandCountForLeaders() {
    for (String who : List.of("it.leader", "it.admin")) {
      Figures all = outcomes.figures(caller(who), filter(null, null, null));
      assertNull(all.teamName());
      assertEquals(9, all.contacts());
      assertEquals(5, count(all.contactsByRoute(), "Community / other route"));
      assertEquals(7, all.requests().begun());
      rate(all.requests().rate(3), 2, 7, 29);
      rate(all.requests().rate(6), 3, 7, 43);
      rate(all.requests().rate(12), 4, 7, 57);
      assertEquals(4, all.resolutions().total());
      rate(all.resolutions().networkShare(), 2, 4, 50);
      rate(all.resolutions().sustainableShare(), 3, 4, 75);
      rate(all.resolutions().flaggedShare(), 1, 3, 33);
      assertEquals(4, all.reviews().held());
      rate(all.reviews().goalsMetShare(), 3, 4, 75);
      assertEquals("55.0", all.reviews().tScore().shown());
      assertEquals("+1.3", all.reviews().khiPeople().shownAsChange());
      assertEquals(3, all.reviews().khiPeople().count());
      assertEquals("+1.7", all.reviews().khiControl().shownAsChange());
      assertEquals("+3.0", all.reviews().khiConnected().shownAsChange());
      assertEquals(2, all.reviews().khiConnected().count());
      assertEquals(2, all.reviews().overdue());

      assertEquals(Breakdown.Kind.TEAM, all.breakdown().kind());
      Breakdown.Row a = row(all, TestFixtures.TEAM_A);
      assertEquals(List.of(7L, 5L, 2L, 3L, 2L, 3L, 1L), counts(a));
      assertEquals("50.0", a.tScore().shown());
      Breakdown.Row b = row(all, TestFixtures.TEAM_B);
      assertEquals(List.of(2L, 2L, 1L, 1L, 0L, 1L, 1L), counts(b));
      assertEquals("70.0", b.tScore().shown());

      Figures teamB = outcomes.figures(caller(who), filter(teamOf("it.manager.b"), null, null));
      assertEquals(TestFixtures.TEAM_B, teamB.teamName());
      assertEquals(2, teamB.contacts());
      rate(teamB.requests().rate(3), 1, 2, 50);
      rate(teamB.resolutions().networkShare(), 0, 1, 0);
      rate(teamB.resolutions().sustainableShare(), 1, 1, 100);
      rate(teamB.resolutions().flaggedShare(), 0, 1, 0);
      assertEquals("70.0", teamB.reviews().tScore().shown());
      assertEquals("+2.0", teamB.reviews().khiPeople().shownAsChange());
      assertEquals(1, teamB.reviews().overdue());
      assertEquals(Breakdown.Kind.WORKER, teamB.breakdown().kind());
      assertEquals(2, row(teamB, "Ben Worker").contacts());
    }
  }

  @Test
  void aWardAndAWorkerNarrowTheFiguresAsCounted() {
    Caller manager = caller("it.manager.a");
    // Ward typed in other capitals: the same ward on every database.
    for (String ward : List.of("Riverside", "riverside")) {
      Figures f = outcomes.figures(manager, filter(null, null, ward));
      assertEquals(4, f.contacts(), ward);
      assertEquals(3, count(f.contactsByRoute(), "Community / other route"));
      assertEquals(1, count(f.contactsByRoute(), "Prison"));
      assertEquals(2, f.requests().begun());
      rate(f.requests().rate(3), 1, 2, 50);
      rate(f.requests().rate(6), 2, 2, 100);
      rate(f.requests().rate(12), 2, 2, 100);
      assertEquals(1, f.resolutions().total());
      rate(f.resolutions().networkShare(), 1, 1, 100);
      rate(f.resolutions().flaggedShare(), 1, 1, 100);
      assertEquals(1, f.reviews().held());
      assertEquals("60.0", f.reviews().tScore().shown());
      assertTrue(f.reviews().khiConnected().isNoData(), "the change rests on no review");
      assertEquals(1, f.reviews().overdue());
    }
    Figures council = outcomes.figures(caller("it.leader"), filter(null, null, "Riverside"));
    assertEquals(6, council.contacts());
    assertEquals(4, council.requests().begun());

    long a2 = caller("it.worker.a2").accountId();
    Figures ali = outcomes.figures(manager, filter(null, a2, null));
    assertEquals("Ali Worker", ali.workerName());
    assertEquals(Breakdown.Kind.NONE, ali.breakdown().kind());
    assertEquals(3, ali.contacts());
    assertEquals(2, count(ali.contactsByRoute(), "Discharge from hospital"));
    assertEquals(1, count(ali.contactsByRoute(), "Self-funder with depleted funds"));
    assertEquals(3, ali.requests().begun());
    rate(ali.requests().rate(3), 0, 3, 0);
    rate(ali.requests().rate(12), 1, 3, 33);
    assertEquals(2, ali.resolutions().total());
    rate(ali.resolutions().networkShare(), 1, 2, 50);
    rate(ali.resolutions().sustainableShare(), 1, 2, 50);
    rate(ali.resolutions().flaggedShare(), 0, 1, 0);
    assertEquals(2, ali.reviews().held());
    assertEquals("45.0", ali.reviews().tScore().shown());
    assertEquals("0.0", ali.reviews().khiPeople().shownAsChange());
    assertEquals("+3.0", ali.reviews().khiControl().shownAsChange());
    assertEquals(0, ali.reviews().overdue(), "P6 not yet due, P7's latest not yet due");

    // The wards offered are those in the data, each once.
    assertEquals(
        List.of("Hillside", "Riverside"), outcomes.wards(manager, filter(null, null, null)));
    assertEquals(
        List.of("Riverside"), outcomes.wards(caller("it.manager.b"), filter(null, null, null)));
  }

  @Test
  void aPeriodWithNothingInItSaysNoDataRatherThanNought() {
    OutcomeFilter empty =
        new FilterInput("dates", "1 1 2020", "31 1 2020", null, null, null)
            .read(LocalDate.now())
            .filter();
    Figures f = outcomes.figures(caller("it.leader"), empty);
    assertEquals(0, f.contacts());
    assertTrue(f.requests().rate(6).isNoData());
    assertTrue(f.resolutions().networkShare().isNoData());
    assertTrue(f.reviews().tScore().isNoData());
    assertEquals(2, f.reviews().overdue(), "overdue is about today, whatever the period");
  }

  // --- who sees what ------------------------------------------------------------------------

  @Test
  void managerANeverSeesTeamBEvenWhenAskingForIt() {
    Caller manager = caller("it.manager.a");
    Figures asked = outcomes.figures(manager, filter(teamOf("it.manager.b"), null, null));
    assertEquals(teamOf("it.manager.a"), asked.filter().teamId());
    assertEquals(TestFixtures.TEAM_A, asked.teamName());
    assertEquals(7, asked.contacts(), "team A's contacts, not team B's 2");
    assertTrue(outcomes.problems(manager, filter(teamOf("it.manager.b"), null, null)).isEmpty());
    // Team B's worker asked for within team A: nothing of team B's is counted.
    long ben = caller("it.worker.b1").accountId();
    assertEquals(
        "outcomes.worker.invalid",
        outcomes.problems(manager, filter(null, ben, null)).get("worker").messageKey());
    Figures benInA = outcomes.figures(manager, filter(null, ben, null));
    assertEquals(0, benInA.contacts());
    assertEquals(
        1,
        outcomes.teams(caller("it.leader")).stream()
            .filter(t -> t.getName().equals(TestFixtures.TEAM_B))
            .count());
    assertTrue(outcomes.teams(manager).isEmpty(), "managers choose no team");
    assertFalse(
        outcomes.workers(manager, teamOf("it.manager.b")).stream()
            .anyMatch(a -> a.getUsername().equals("it.worker.b1")));
  }

  @Test
  void workersAndTrainersAreRefusedEverything() {
    for (String who : List.of("it.worker.a1", "it.trainer")) {
      Caller c = caller(who);
      assertThrows(
          Caller.AccessDenied.class, () -> outcomes.figures(c, filter(null, null, null)), who);
      assertThrows(Caller.AccessDenied.class, () -> outcomes.teams(c), who);
      assertThrows(Caller.AccessDenied.class, () -> outcomes.workers(c, null), who);
      assertThrows(
          Caller.AccessDenied.class, () -> outcomes.wards(c, filter(null, null, null)), who);
      assertThrows(
          Caller.AccessDenied.class,
          () -> clientLevelData.rows(c, new ReportingQuarter(2025, 1)),
          who);
    }
    assertThrows(
        Caller.AccessDenied.class,
        () -> clientLevelData.rows(caller("it.manager.a"), new ReportingQuarter(2025, 1)),
        "the extract is for leaders and administrators");
  }

  // --- the Client Level Data extract --------------------------------------------------------

  @Test
  void theExtractHasEachRequestBegunInTheQuarterWithThePersonPseudonymised() {
    List<CldRow> q1 = clientLevelData.rows(caller("it.leader"), new ReportingQuarter(2025, 1));
    // c2 (P1, 2025-05-01), c5 (P2, 2025-04-01) and c11 (P5, 2025-06-01), earliest first; not c9,
    // which belongs to a request begun in March.
    assertEquals(
        List.of(CONTACTS.get("c5"), CONTACTS.get("c2"), CONTACTS.get("c11")),
        q1.stream().map(CldRow::reference).toList());
    CldRow c5 = q1.get(0);
    assertEquals(LocalDate.of(2025, 4, 1), c5.start());
    assertEquals(LocalDate.of(2025, 6, 10), c5.end(), "decided when it was resolved");
    assertEquals("Progress to Assessment", c5.outcome());
    assertEquals("Discharge from Hospital", c5.route());
    CldRow c2 = q1.get(1);
    assertEquals(LocalDate.of(2025, 5, 20), c2.end());
    assertEquals("NFA - Information & Advice / Signposting only", c2.outcome());
    assertEquals("Community / Other route", c2.route());
    CldRow c11 = q1.get(2);
    assertEquals(LocalDate.of(2025, 6, 1), c11.end(), "not resolved: decided at the contact");

    List<CldRow> q2 = clientLevelData.rows(caller("it.admin"), new ReportingQuarter(2025, 2));
    assertEquals(
        List.of(CONTACTS.get("c12"), CONTACTS.get("c4")),
        q2.stream().map(CldRow::reference).toList());
    assertEquals(c2.person(), q2.get(1).person(), "P1 has the same identifier every quarter");
    assertNotEquals(c2.person(), c5.person());
    for (CldRow r : q1) {
      assertTrue(r.person().matches("[0-9a-f]{64}"), r.person());
      assertFalse(
          PEOPLE.values().stream().map(String::valueOf).anyMatch(r.person()::equals),
          "not the person's id");
    }
    // The identifier is HMAC-SHA256 of the id under the database's own secret.
    String secret =
        (String)
            em.createNativeQuery("select secret from extract_key where id = 1").getSingleResult();
    assertEquals(Pseudonyms.of(secret, PEOPLE.get("P1")), c2.person());
    assertEquals(64, secret.length());
  }

  // --- over HTTP ----------------------------------------------------------------------------

  @Test
  void pagesAndDownloadsAreRefusedToWorkersAndTrainers() {
    for (String who : List.of("it.worker.a1", "it.trainer")) {
      SignedIn s = new SignedIn(base, who);
      assertEquals(403, s.get("/outcomes/index.xhtml").statusCode(), who);
      assertEquals(403, s.get("/outcomes/export.csv?" + PERIOD).statusCode(), who);
      assertEquals(403, s.get("/outcomes/export.xlsx?" + PERIOD).statusCode(), who);
      assertEquals(403, s.get("/outcomes/cld.csv?year=2025&quarter=1").statusCode(), who);
      assertEquals(200, s.get("/index.xhtml").statusCode(), who + " is signed in");
      assertFalse(
          s.get("/index.xhtml").body().contains("/outcomes/index.xhtml"), "no link for " + who);
    }
    SignedIn manager = new SignedIn(base, "it.manager.a");
    assertEquals(403, manager.get("/outcomes/cld.csv?year=2025&quarter=1").statusCode());
    assertEquals(
        400,
        new SignedIn(base, "it.leader").get("/outcomes/cld.csv?year=2025&quarter=7").statusCode());
  }

  @Test
  void theManagersPageShowsTheirTeamsFiguresWithChartsAndTablesAndNoPeople() {
    SignedIn manager = new SignedIn(base, "it.manager.a");
    assertTrue(
        manager.get("/index.xhtml").body().contains("/outcomes/index.xhtml"), "linked from home");
    HttpResponse<String> page =
        manager.get("/outcomes/index.xhtml?" + PERIOD + "&team=" + teamOf("it.manager.b"));
    assertEquals(200, page.statusCode());
    String html = page.body();
    assertTrue(
        html.contains(
            "<caption id=\"contactsByRoute-caption\">Contacts by route of access: "
                + TestFixtures.TEAM_A),
        html);
    assertFalse(html.contains(TestFixtures.TEAM_B + ", 1 April"), "never team B's figures");
    assertTrue(
        Pattern.compile(
                "Community / other route</th>\\s*<td class=\"cb-num\">3</td>\\s*"
                    + "<td class=\"cb-num\">43%</td>")
            .matcher(html)
            .find(),
        "3 of 7 contacts: " + html);
    assertTrue(html.contains("<td class=\"cb-num\">40%</td>"), "the repeat rate within 6 months");
    assertTrue(
        html.contains("role=\"img\" aria-label=\"Bar chart of contacts by route of access."),
        "charts with names");
    assertTrue(html.contains("\"indexAxis\":\"y\""), "Chart.js configuration");
    assertTrue(html.contains("<th scope=\"row\">Ada Worker</th>"), "by worker");
    assertFalse(html.contains("Outcome Person"), "no person's name on the page");
    assertFalse(html.contains("Ben Worker"));
    assertTrue(
        html.contains("outcomes/export.csv?period=dates&amp;from=1+4+2025"),
        "downloads for this view");
    assertFalse(html.contains("id=\"extract\""), "the extract is for leaders");
  }

  @Test
  void badFilterInputIsExplainedNextToTheFieldAndKept() {
    SignedIn manager = new SignedIn(base, "it.manager.a");
    HttpResponse<String> page =
        manager.get(
            "/outcomes/index.xhtml?period=dates&from="
                + enc("31 2 2025")
                + "&to="
                + enc("1 4 2026"));
    assertEquals(200, page.statusCode());
    String html = page.body();
    assertTrue(
        html.contains("id=\"from-error\">Enter a real date, for example 1 4 2026</p>"), html);
    assertTrue(html.contains("value=\"31 2 2025\""), "what was typed is kept");
    assertTrue(html.contains("aria-describedby=\"dates-hint from-error\""), html);
    assertTrue(html.contains("aria-invalid=\"true\""));
    assertTrue(
        html.contains("<a href=\"#from\">Enter a real date"), "the summary links to the field");
    assertFalse(
        html.contains("contactsByRoute-caption"), "no figures for a filter that is not one");
    assertEquals(
        400,
        manager
            .get(
                "/outcomes/export.csv?period=dates&from="
                    + enc("31 2 2025")
                    + "&to="
                    + enc("1 4 2026"))
            .statusCode());
  }

  @Test
  void theDownloadsHaveEveryTableForTheSameFilter() throws IOException {
    SignedIn manager = new SignedIn(base, "it.manager.a");
    HttpResponse<byte[]> csv =
        manager.bytes("/outcomes/export.csv?" + PERIOD + "&team=" + teamOf("it.manager.b"));
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    String disposition = csv.headers().firstValue("Content-Disposition").orElse("");
    assertTrue(
        disposition.matches(
            "attachment; filename=\"outcomes-it-team-a-2025-04-01-to-2026-03-31-made-\\d{4}-\\d{2}-\\d{2}\\.csv\""),
        disposition);
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertTrue(text.contains("Team," + TestFixtures.TEAM_A + "\r\n"), text);
    assertTrue(text.contains("Community / other route,3,43%\r\n"), text);
    assertTrue(text.contains("6 months (the council's window),5,2,40%\r\n"), text);
    assertTrue(text.contains("Reviews overdue today,1,,\r\n"), text);
    assertFalse(text.contains("Outcome Person"));

    HttpResponse<byte[]> xlsx = manager.bytes("/outcomes/export.xlsx?" + PERIOD);
    assertEquals(200, xlsx.statusCode());
    assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx\""));
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertEquals("About these figures", book.getSheetAt(0).getSheetName());
      Sheet contactsSheet = book.getSheet("Contacts");
      assertEquals("Route of access", contactsSheet.getRow(3).getCell(0).getStringCellValue());
      assertTrue(
          book.getFontAt(contactsSheet.getRow(3).getCell(0).getCellStyle().getFontIndex())
              .getBold());
      assertEquals(
          "Community / other route", contactsSheet.getRow(4).getCell(0).getStringCellValue());
      assertEquals(3.0, contactsSheet.getRow(4).getCell(1).getNumericCellValue());
      assertTrue(book.getSheet("By worker") != null);
    }
  }

  @Test
  void leadersSeeTheWholeCouncilAndTakeTheExtract() {
    SignedIn leader = new SignedIn(base, "it.leader");
    String home = leader.get("/index.xhtml").body();
    assertTrue(home.contains("id=\"leaderHome\""), "the leader's home page");
    assertTrue(home.contains("/outcomes/index.xhtml"));
    String html = leader.get("/outcomes/index.xhtml?" + PERIOD).body();
    assertTrue(html.contains("Contacts by route of access: Whole council (every team)"), html);
    assertTrue(html.contains("<th scope=\"row\">" + TestFixtures.TEAM_A + "</th>"));
    assertTrue(html.contains("<th scope=\"row\">" + TestFixtures.TEAM_B + "</th>"));
    assertTrue(html.contains("id=\"extract\""));

    HttpResponse<byte[]> cld = leader.bytes("/outcomes/cld.csv?year=2025&quarter=1");
    assertEquals(200, cld.statusCode());
    assertEquals(
        "attachment; filename=\"client-level-data-2025-26-Q1.csv\"",
        cld.headers().firstValue("Content-Disposition").orElse(""));
    List<String> lines =
        new ArrayList<>(
            Arrays.asList(new String(cld.body(), StandardCharsets.UTF_8).split("\r\n")));
    assertEquals(4, lines.size(), "the heading and three requests");
    assertTrue(
        lines
            .get(0)
            .startsWith(
                "LA_Code,Reporting_Period_Start_Date,Reporting_Period_End_Date,LA_Person_Unique_Identifier,"));
    for (String line : lines.subList(1, 4)) {
      String[] cells = line.split(",", -1);
      assertEquals(11, cells.length, line);
      assertEquals("", cells[0], "no LA code set");
      assertEquals("2025-04-01", cells[1]);
      assertEquals("2025-06-30", cells[2]);
      assertTrue(cells[3].matches("[0-9a-f]{64}"), cells[3]);
      assertFalse(
          PEOPLE.values().stream().map(String::valueOf).anyMatch(cells[3]::equals),
          "a pseudonym, not the person's id");
      assertEquals("Service User", cells[4]);
      assertEquals("Request", cells[5]);
    }
    assertTrue(
        lines
            .get(1)
            .contains(
                ","
                    + CONTACTS.get("c5")
                    + ",2025-04-01,2025-06-10,Progress to Assessment,Discharge from Hospital"),
        lines.get(1));
    assertFalse(String.join("\n", lines).contains("Outcome Person"), "no names");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
