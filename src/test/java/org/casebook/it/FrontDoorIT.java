package org.casebook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.casebook.account.Account;
import org.casebook.account.Accounts;
import org.casebook.audit.AccessAction;
import org.casebook.audit.AccessLog;
import org.casebook.audit.AccessLogEntry;
import org.casebook.contact.CodedList;
import org.casebook.contact.CodedLists;
import org.casebook.contact.CodedValue;
import org.casebook.contact.Contact;
import org.casebook.contact.ContactDetails;
import org.casebook.contact.Contacts;
import org.casebook.contact.NextStepMeaning;
import org.casebook.contact.Resolution;
import org.casebook.contact.ResolutionDetails;
import org.casebook.contact.ResolutionRoute;
import org.casebook.conversation.ContactMode;
import org.casebook.conversation.Conversation;
import org.casebook.conversation.ConversationKind;
import org.casebook.conversation.ConversationNotes;
import org.casebook.conversation.Conversations;
import org.casebook.conversation.Goal;
import org.casebook.person.People;
import org.casebook.person.Person;
import org.casebook.person.PersonDetails;
import org.casebook.platform.FieldsRefused;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.UkDates;
import org.casebook.review.Review;
import org.casebook.review.ReviewDetails;
import org.casebook.review.Reviews;
import org.casebook.security.Caller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The front door and reviews in a real Payara Micro, on H2 or (with -Pmysql) MariaDB: contacts
 * grouped into requests and repeats worked out as they are kept (late entries too), resolutions and
 * comebacks, coded lists kept by administrators, review dates, the worklist, reviews with their
 * T-score and first Key Human Indicators, access by role, team and restriction, and the access log.
 */
@ExtendWith(ArquillianExtension.class)
class FrontDoorIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.casebook().addClass(FrontDoorIT.class);
  }

  @Inject Contacts contacts;
  @Inject CodedLists codedLists;
  @Inject Reviews reviews;
  @Inject Conversations conversations;
  @Inject People people;
  @Inject Accounts accounts;
  @Inject AccessLog accessLog;

  private Caller caller(String username) {
    Account a = accounts.findByUsername(username).orElseThrow();
    return new Caller(
        a.getId(), a.getUsername(), a.getRole(), a.getTeam() == null ? null : a.getTeam().getId());
  }

  private Person person(String worker, boolean restricted) {
    Caller c = caller(worker);
    String name = "Front Door Person " + UUID.randomUUID().toString().substring(0, 8);
    return people.create(
        c,
        new PersonDetails(name, null, null, null, null, null, null, "Hillside", null, null),
        new People.Allocation(c.accountId(), restricted, List.of()),
        "test");
  }

  private long value(CodedList list, String code) {
    return codedLists.active(list).stream()
        .filter(v -> v.getCode().equals(code))
        .findFirst()
        .orElseThrow()
        .getId();
  }

  private ContactDetails details(LocalDate on, String next) {
    return new ContactDetails(
        UkDates.forInput(on),
        value(CodedList.SOURCE, "FAMILY"),
        value(CodedList.ROUTE, "COMMUNITY"),
        "Her daughter says she has stopped going out.",
        value(CodedList.NEXT_STEP, next));
  }

  private static LocalDate daysAgo(int days) {
    return LocalDate.now().minusDays(days);
  }

  @Test
  void aContactIsKeptAndEveryMissingFieldNamed() {
    Caller a1 = caller("it.worker.a1");
    Person p = person("it.worker.a1", false);
    FieldsRefused refused =
        assertThrows(
            FieldsRefused.class,
            () ->
                contacts.record(
                    a1, p.getId(), new ContactDetails("", null, null, " ", null), "test"));
    assertEquals(
        List.of("contactedOn", "source", "route", "reason", "nextStep"),
        List.copyOf(refused.problems().keySet()));

    Contact c = contacts.record(a1, p.getId(), details(daysAgo(2), "INFORMATION"), "test");
    assertTrue(c.isRequestStart());
    assertFalse(c.isRepeat6());
    assertEquals("Hillside", c.getWard());
    assertEquals(a1.teamId(), c.getTeamId());
    List<AccessLogEntry> log = accessLog.forPerson(caller("it.manager.a"), p.getId());
    assertTrue(log.stream().anyMatch(e -> e.getAction() == AccessAction.RECORDED_CONTACT));
  }

  @Test
  void aRepeatIsFlaggedWithThePreviousResolutionBesideItAndTheResolutionIsReChecked() {
    Caller a1 = caller("it.worker.a1");
    Person p = person("it.worker.a1", false);
    Contact first = contacts.record(a1, p.getId(), details(daysAgo(130), "COMMUNITY_ASSET"), "t");
    Resolution r =
        contacts.resolve(
            a1,
            first.getId(),
            new ResolutionDetails(
                UkDates.forInput(daysAgo(125)),
                ResolutionRoute.COMMUNITY_ASSET,
                true,
                "Goes to the lunch club twice a week"),
            "t");
    assertNull(r.getCameBackOn());
    assertThrows(
        RuleViolation.class,
        () ->
            contacts.resolve(
                a1,
                first.getId(),
                new ResolutionDetails(
                    UkDates.forInput(daysAgo(120)), ResolutionRoute.OTHER, false, "again"),
                "t"));

    // About four months later she is back.
    Contact again = contacts.record(a1, p.getId(), details(daysAgo(5), "CONVERSATION"), "t");
    assertTrue(again.isRequestStart());
    assertTrue(again.isRepeat6());
    assertTrue(again.isRepeat12());
    assertFalse(again.isRepeat3(), "125 days after the resolution is beyond 3 months");
    assertEquals(first.getId(), again.getPreviousId());

    Contacts.History history = contacts.history(a1, p.getId());
    assertEquals(6, history.window());
    Contacts.ContactRow latest = history.getLatest();
    assertEquals(again.getId(), latest.contact().getId());
    assertTrue(latest.repeat());
    assertEquals(first.getId(), latest.previous().getId());
    assertEquals(ResolutionRoute.COMMUNITY_ASSET, latest.previousResolution().getRoute());
    Contacts.ResolutionRow resolved = history.resolutions().get(0);
    assertTrue(resolved.flagged(), "judged sustainable, came back within 6 months");
    assertEquals(daysAgo(5), resolved.resolution().getCameBackOn());

    // A follow-up call two days later is the same request, not another repeat.
    Contact followUp = contacts.record(a1, p.getId(), details(daysAgo(3), "CONVERSATION"), "t");
    assertFalse(followUp.isRequestStart());
    assertEquals(daysAgo(5), followUp.getRequestBeganOn());
  }

  @Test
  void aContactEnteredLateReordersTheRequests() {
    Caller a1 = caller("it.worker.a1");
    Person p = person("it.worker.a1", false);
    Contact later = contacts.record(a1, p.getId(), details(daysAgo(10), "INFORMATION"), "t");
    assertFalse(later.isRepeat3());
    contacts.record(a1, p.getId(), details(daysAgo(40), "INFORMATION"), "t");
    Contacts.ContactRow row =
        contacts.history(a1, p.getId()).contacts().stream()
            .filter(r -> r.contact().getId().equals(later.getId()))
            .findFirst()
            .orElseThrow();
    assertTrue(row.contact().isRepeat3(), "now 30 days after an earlier request");
    assertTrue(row.repeat());
  }

  @Test
  void onlyThoseWhoMayOpenTheRecordSeeOrAddToItsFrontDoor() {
    Person open = person("it.worker.a1", false);
    Person restricted = person("it.worker.a1", true);
    Caller b1 = caller("it.worker.b1");
    Caller a2 = caller("it.worker.a2");
    assertThrows(
        NotFound.class,
        () -> contacts.record(b1, open.getId(), details(daysAgo(1), "INFORMATION"), "t"));
    assertThrows(NotFound.class, () -> contacts.history(b1, open.getId()));
    assertThrows(
        NotFound.class,
        () -> contacts.record(a2, restricted.getId(), details(daysAgo(1), "INFORMATION"), "t"));
    for (String role : List.of("it.trainer", "it.leader", "it.admin")) {
      assertThrows(
          RuntimeException.class,
          () -> contacts.record(caller(role), open.getId(), details(daysAgo(1), "NONE_X"), "t"),
          role);
      assertThrows(RuntimeException.class, () -> contacts.history(caller(role), open.getId()));
    }
    // A team manager may open a restricted record.
    contacts.record(
        caller("it.manager.a"), restricted.getId(), details(daysAgo(1), "INFORMATION"), "t");
  }

  @Test
  void administratorsKeepTheCodedListsAndRetiredValuesAreNotOfferedButKeptOnOldContacts() {
    Caller admin = caller("it.admin");
    Caller a1 = caller("it.worker.a1");
    assertThrows(
        RuntimeException.class, () -> codedLists.add(a1, CodedList.ROUTE, "Somewhere", null, null));
    CodedValue added =
        codedLists.add(
            admin, CodedList.NEXT_STEP, "Carers’ centre", null, NextStepMeaning.COMMUNITY);
    assertEquals("CARERS_CENTRE", added.getCode());
    FieldsRefused refused =
        assertThrows(
            FieldsRefused.class, () -> codedLists.add(admin, CodedList.NEXT_STEP, " ", null, null));
    assertEquals(Set.of("label", "meaning"), refused.problems().keySet());

    Person p = person("it.worker.a1", false);
    Contact c =
        contacts.record(
            a1,
            p.getId(),
            new ContactDetails(
                UkDates.forInput(daysAgo(1)),
                value(CodedList.SOURCE, "PERSON"),
                value(CodedList.ROUTE, "HOSPITAL_DISCHARGE"),
                "Home from hospital, wants to get back to the carers’ group",
                added.getId()),
            "t");
    codedLists.change(
        admin,
        added.getId(),
        added.getVersion(),
        "Carers’ centre (old)",
        null,
        NextStepMeaning.COMMUNITY,
        false);
    assertFalse(
        codedLists.active(CodedList.NEXT_STEP).stream()
            .anyMatch(v -> v.getId().equals(added.getId())));
    assertThrows(
        FieldsRefused.class,
        () ->
            contacts.record(
                a1,
                p.getId(),
                new ContactDetails(
                    UkDates.forInput(daysAgo(1)),
                    value(CodedList.SOURCE, "PERSON"),
                    value(CodedList.ROUTE, "COMMUNITY"),
                    "x",
                    added.getId()),
                "t"));
    assertEquals(
        "Carers’ centre (old)",
        contacts.history(a1, p.getId()).getLatest().contact().getNextStep().getLabel());
    assertEquals(c.getId(), contacts.history(a1, p.getId()).getLatest().contact().getId());
    // A stale screen cannot overwrite a colleague's change.
    assertThrows(
        RuntimeException.class,
        () ->
            codedLists.change(
                admin,
                added.getId(),
                added.getVersion(),
                "Stale",
                null,
                NextStepMeaning.COMMUNITY,
                true));
  }

  private static ConversationNotes notesWithGoals(LocalDate heldOn) {
    ConversationNotes n = ConversationNotes.startingOn(heldOn);
    n.setMode(ContactMode.VISIT);
    n.setWhatMatters("Getting out to the garden and seeing people.");
    n.setKhiPeople(1);
    n.setKhiControl(3);
    n.setKhiConnected(2);
    Goal g = new Goal("Go to the community garden on Saturdays");
    g.scaled("Not gone", "Gone once", "Go most Saturdays", "Every Saturday", "Help run it");
    g.setWeight(2);
    n.getGoals().add(g);
    Goal h = new Goal("Phone my sister each week");
    h.scaled("No calls", "A call a month", "A call a week", "Two a week", "Visit her");
    n.getGoals().add(h);
    return n;
  }

  @Test
  void aSignedConversationWithGoalsIsDueForReviewAndTheReviewKeepsItsScore() {
    Caller a1 = caller("it.worker.a1");
    Person p = person("it.worker.a1", false);
    LocalDate held = LocalDate.now().minusMonths(3).minusDays(2);
    contacts.record(a1, p.getId(), details(held.minusDays(7), "CONVERSATION"), "t");
    Conversation c = conversations.start(a1, p.getId(), ConversationKind.BUILD_A_GOOD_LIFE, "test");
    c = conversations.finalise(a1, c.getId(), c.getVersion(), notesWithGoals(held), "test");
    assertEquals(held.plusMonths(3), c.getReviewDue());
    long conversationId = c.getId();

    List<Reviews.Due> mine = reviews.worklist(a1);
    Reviews.Due due =
        mine.stream().filter(d -> d.conversationId() == conversationId).findFirst().orElseThrow();
    assertTrue(due.overdue());
    assertTrue(
        reviews.worklist(caller("it.manager.a")).stream()
            .anyMatch(d -> d.conversationId() == conversationId));
    assertFalse(
        reviews.worklist(caller("it.worker.a2")).stream()
            .anyMatch(d -> d.conversationId() == conversationId),
        "another worker's review is not on their list");
    assertThrows(RuntimeException.class, () -> reviews.worklist(caller("it.leader")));

    Reviews.Start start = reviews.start(a1, conversationId, "test");
    assertEquals(2, start.goals().size());
    assertEquals(Integer.valueOf(1), start.firstKhi().people());
    List<String> keys = start.goals().stream().map(Goal::getKey).toList();

    FieldsRefused refused =
        assertThrows(
            FieldsRefused.class,
            () ->
                reviews.record(
                    a1,
                    conversationId,
                    new ReviewDetails(
                        UkDates.forInput(LocalDate.now()),
                        List.of(
                            new ReviewDetails.GoalReached(keys.get(0), null, null),
                            new ReviewDetails.GoalReached(keys.get(1), 0, null)),
                        null,
                        null,
                        null,
                        null,
                        Set.of(),
                        null,
                        true,
                        null,
                        null,
                        null),
                    "t"));
    assertTrue(refused.problems().containsKey("goals:0:level"));
    assertTrue(refused.problems().containsKey("route"));

    Review review =
        reviews.record(
            a1,
            conversationId,
            new ReviewDetails(
                UkDates.forInput(LocalDate.now()),
                List.of(
                    new ReviewDetails.GoalReached(keys.get(0), 1, "I go every Saturday now"),
                    new ReviewDetails.GoalReached(keys.get(1), 0, null)),
                4,
                7,
                6,
                "I have people again",
                Set.of(),
                null,
                true,
                ResolutionRoute.COMMUNITY_ASSET,
                true,
                "Part of the garden group"),
            "t");
    // Weights 2 and 1, levels +1 and 0: T = 50 + 10·2 / √(0.7·5 + 0.3·9) = 58.0
    assertEquals("58.0", review.getScoreShown());
    assertTrue(review.isGoalsMet());
    assertEquals(Integer.valueOf(1), review.getFirstKhiPeople());
    assertEquals(Integer.valueOf(4), review.getKhiPeople());

    Reviews.Reading reading = reviews.view(a1, review.getId(), "t");
    assertNotNull(reading.resolution());
    assertEquals(ResolutionRoute.COMMUNITY_ASSET, reading.resolution().getRoute());
    assertTrue(reading.resolution().isSuggested(), "goals met, no new request since");
    assertNotNull(reading.resolution().getContactId(), "it resolves the open request");
    assertTrue(reviews.worklist(a1).stream().noneMatch(d -> d.conversationId() == conversationId));
    assertThrows(
        RuleViolation.class,
        () ->
            reviews.record(
                a1,
                conversationId,
                new ReviewDetails(
                    UkDates.forInput(LocalDate.now()),
                    List.of(
                        new ReviewDetails.GoalReached(keys.get(0), 1, null),
                        new ReviewDetails.GoalReached(keys.get(1), 0, null)),
                    null,
                    null,
                    null,
                    null,
                    Set.of(),
                    null,
                    false,
                    null,
                    null,
                    null),
                "t"));
    assertThrows(NotFound.class, () -> reviews.view(caller("it.worker.b1"), review.getId(), "t"));
    List<AccessLogEntry> log = accessLog.forPerson(caller("it.manager.a"), p.getId());
    assertTrue(log.stream().anyMatch(e -> e.getAction() == AccessAction.RECORDED_REVIEW));
    assertTrue(log.stream().anyMatch(e -> e.getAction() == AccessAction.VIEWED_REVIEW));
  }
}
