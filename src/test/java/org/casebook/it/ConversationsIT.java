package org.casebook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.casebook.account.Account;
import org.casebook.account.Accounts;
import org.casebook.audit.AccessAction;
import org.casebook.audit.AccessLog;
import org.casebook.audit.AccessLogEntry;
import org.casebook.conversation.ActionOwner;
import org.casebook.conversation.AgreedAction;
import org.casebook.conversation.ContactMode;
import org.casebook.conversation.Conversation;
import org.casebook.conversation.ConversationKind;
import org.casebook.conversation.ConversationNotes;
import org.casebook.conversation.Conversations;
import org.casebook.conversation.Goal;
import org.casebook.conversation.NetworkGroup;
import org.casebook.conversation.NetworkMember;
import org.casebook.conversation.NotesRefused;
import org.casebook.conversation.Strength;
import org.casebook.conversation.StrengthCategory;
import org.casebook.conversation.TrackedAction;
import org.casebook.person.People;
import org.casebook.person.Person;
import org.casebook.person.PersonDetails;
import org.casebook.platform.EditConflict;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.UkDates;
import org.casebook.security.Caller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Conversations in a real Payara Micro, on H2 or (with -Pmysql) MariaDB: drafts and their storage,
 * finalising, addenda and history, agreed actions, access by role, team and restriction, the access
 * log, and two people saving the same draft.
 */
@ExtendWith(ArquillianExtension.class)
class ConversationsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.casebook().addClass(ConversationsIT.class);
  }

  @Inject Conversations conversations;
  @Inject People people;
  @Inject Accounts accounts;
  @Inject AccessLog accessLog;
  @ArquillianResource java.net.URL base;

  private Caller caller(String username) {
    Account a = accounts.findByUsername(username).orElseThrow();
    return new Caller(
        a.getId(), a.getUsername(), a.getRole(), a.getTeam() == null ? null : a.getTeam().getId());
  }

  private Person person(String worker, boolean restricted) {
    Caller c = caller(worker);
    String name = "Conversation Person " + UUID.randomUUID().toString().substring(0, 8);
    return people.create(
        c,
        new PersonDetails(name, null, null, null, null, null, null, null, null, null),
        new People.Allocation(c.accountId(), restricted, List.of()),
        "test");
  }

  /** Notes complete enough to finalise, with every kind of row. */
  private static ConversationNotes fullNotes() {
    ConversationNotes n = ConversationNotes.startingOn(LocalDate.now());
    n.setMode(ContactMode.VISIT);
    n.setPlace("At home");
    n.setWhatMatters("Getting back to my allotment.\n\nSeeing my grandson on Sundays.");
    n.setGoodLife("Out in the fresh air, useful to people.");
    n.setImportance(9);
    n.setImportanceReason("The allotment is where I feel like me.");
    n.setConfidence(4);
    n.setConfidenceReason("My knees.");
    Strength s =
        new Strength(StrengthCategory.SKILLS_AND_KNOWLEDGE, "Forty years growing vegetables");
    n.getStrengths().add(s);
    NetworkMember m = new NetworkMember("Priya", "daughter", NetworkGroup.FAMILY, 5);
    n.getNetwork().add(m);
    Goal g = new Goal();
    g.setWords("Get back to my allotment");
    g.scaled(
        "Not left the house",
        "Visited once",
        "Go twice a week with Priya",
        "Go three times a week",
        "Go on my own and help others");
    g.setWeight(3);
    g.getStrengthKeys().add(s.getKey());
    g.getNetworkKeys().add(m.getKey());
    n.getGoals().add(g);
    AgreedAction a = new AgreedAction();
    a.setOwner(ActionOwner.NETWORK_MEMBER);
    a.setNetworkKey(m.getKey());
    a.setWhat("Drive Dad to the allotment on Tuesdays");
    a.setByWhen(UkDates.forInput(LocalDate.now().minusDays(1)));
    n.getActions().add(a);
    AgreedAction b = new AgreedAction();
    b.setOwner(ActionOwner.THE_COUNCIL);
    b.setWhat("Ask about a raised bed");
    b.setByWhen(UkDates.forInput(LocalDate.now().plusDays(7)));
    n.getActions().add(b);
    return n;
  }

  @Test
  void draftIsKeptWordForWordIncludingLongTextAndParagraphs() {
    Caller worker = caller("it.worker.a1");
    Person p = person("it.worker.a1", false);
    Conversation c =
        conversations.start(worker, p.getId(), ConversationKind.LISTEN_AND_CONNECT, "test");
    assertTrue(c.isDraft());
    ConversationNotes n = conversations.open(worker, c.getId(), "test").notes();
    String longText = "Para one.\r\n\r\n" + "x".repeat(40_000) + "\n\nLast para – “quoted”.";
    n.setWhatMatters(longText);
    n.setImportance(7);
    conversations.saveDraft(worker, c.getId(), c.getVersion(), n);

    ConversationNotes back = conversations.open(worker, c.getId(), "test").notes();
    assertEquals(longText, back.getWhatMatters());
    assertEquals(7, back.getImportance());
  }

  @Test
  void secondSaveFromAnOldVersionIsRefusedAndTheFirstIsKept() {
    Caller a1 = caller("it.worker.a1");
    Caller a2 = caller("it.worker.a2");
    Person p = person("it.worker.a1", false);
    Conversation c = conversations.start(a1, p.getId(), ConversationKind.BUILD_A_GOOD_LIFE, "test");
    int opened = c.getVersion();

    ConversationNotes mine = conversations.open(a1, c.getId(), "test").notes();
    mine.setWhatMatters("Written by the first worker");
    int after = conversations.saveDraft(a1, c.getId(), opened, mine);
    assertTrue(after > opened);

    ConversationNotes theirs = conversations.open(a2, c.getId(), "test").notes();
    theirs.setWhatMatters("Written by the second worker from the old version");
    assertThrows(EditConflict.class, () -> conversations.saveDraft(a2, c.getId(), opened, theirs));
    assertEquals(
        "Written by the first worker",
        conversations.open(a1, c.getId(), "test").notes().getWhatMatters());

    // Having seen both, the second worker keeps theirs by saving from the latest version.
    conversations.saveDraft(a2, c.getId(), after, theirs);
    assertEquals(
        "Written by the second worker from the old version",
        conversations.open(a1, c.getId(), "test").notes().getWhatMatters());
  }

  @Test
  void finalisingStampsTheConversationTracksActionsAndRefusesEdits() {
    Caller worker = caller("it.worker.a1");
    Person p = person("it.worker.a1", false);
    Conversation c =
        conversations.start(worker, p.getId(), ConversationKind.BUILD_A_GOOD_LIFE, "test");
    Conversation done =
        conversations.finalise(worker, c.getId(), c.getVersion(), fullNotes(), "test");
    assertTrue(done.isFinal());
    assertEquals("it.worker.a1", done.getFinalisedBy());
    assertEquals(1, done.getRevisionCount());

    int version = done.getVersion();
    ConversationNotes edit = done.notes();
    edit.setWhatMatters("Changed afterwards");
    RuleViolation refused =
        assertThrows(
            RuleViolation.class, () -> conversations.saveDraft(worker, c.getId(), version, edit));
    assertEquals("conversation.final", refused.messageKey());

    List<TrackedAction> actions = conversations.actions(worker, p.getId());
    assertEquals(2, actions.size());
    TrackedAction overdue = actions.get(0);
    assertEquals("Priya", overdue.getOwnerName(), "the network member's name is kept");
    assertTrue(overdue.isOverdue(LocalDate.now()));

    TrackedAction ticked =
        conversations.markAction(worker, overdue.getId(), overdue.getVersion(), true, "test");
    assertTrue(ticked.isDone());
    assertThrows(
        EditConflict.class,
        () -> conversations.markAction(worker, overdue.getId(), overdue.getVersion(), false, "t"));
  }

  @Test
  void finalisingIncompleteNotesNamesEachFieldAndKeepsTheDraft() {
    Caller worker = caller("it.worker.a1");
    Person p = person("it.worker.a1", false);
    Conversation c =
        conversations.start(worker, p.getId(), ConversationKind.LISTEN_AND_CONNECT, "test");
    ConversationNotes n = ConversationNotes.startingOn(LocalDate.now());
    Goal g = new Goal();
    g.setWords("Walk to the shop");
    n.getGoals().add(g);
    NotesRefused refused =
        assertThrows(
            NotesRefused.class,
            () -> conversations.finalise(worker, c.getId(), c.getVersion(), n, "test"));
    assertTrue(refused.problems().containsKey("mode"));
    assertTrue(refused.problems().containsKey("whatMatters"));
    assertTrue(refused.problems().containsKey("goals:0:expected"));
    assertTrue(conversations.open(worker, c.getId(), "test").isDraft());
  }

  @Test
  void addendumKeepsEveryVersionAndNeedsAReason() {
    Caller worker = caller("it.worker.a1");
    Person p = person("it.worker.a1", false);
    Conversation c =
        conversations.start(worker, p.getId(), ConversationKind.BUILD_A_GOOD_LIFE, "test");
    Conversation done =
        conversations.finalise(worker, c.getId(), c.getVersion(), fullNotes(), "test");
    ConversationNotes corrected = done.notes();
    corrected.setWhatMatters("Getting back to my allotment, and my bees.");
    int version = done.getVersion();

    NotesRefused noReason =
        assertThrows(
            NotesRefused.class,
            () -> conversations.addAddendum(worker, c.getId(), version, " ", corrected, "test"));
    assertTrue(noReason.problems().containsKey("reason"));

    conversations.addAddendum(
        worker, c.getId(), version, "He told me about the bees", corrected, "test");
    var history = conversations.history(worker, c.getId());
    assertEquals(2, history.size());
    assertTrue(history.get(0).notes().getWhatMatters().startsWith("Getting back to my allotment."));
    assertEquals("He told me about the bees", history.get(1).getReason());
    assertEquals(
        "Getting back to my allotment, and my bees.",
        conversations.open(worker, c.getId(), "test").notes().getWhatMatters());
  }

  @Test
  void nextConversationStartsFromWhatTheLastOneFound() {
    Caller worker = caller("it.worker.a1");
    Person p = person("it.worker.a1", false);
    Conversation first =
        conversations.start(worker, p.getId(), ConversationKind.BUILD_A_GOOD_LIFE, "test");
    conversations.finalise(worker, first.getId(), first.getVersion(), fullNotes(), "test");
    Conversation next =
        conversations.start(worker, p.getId(), ConversationKind.BUILD_A_GOOD_LIFE, "test");
    ConversationNotes n = next.notes();
    assertEquals("Forty years growing vegetables", n.getStrengths().get(0).getDescription());
    assertEquals("Priya", n.getNetwork().get(0).getName());
    assertEquals("Get back to my allotment", n.getGoals().get(0).getWords());
    assertNull(n.getWhatMatters(), "what matters is asked afresh");
  }

  @Test
  void onlyTheTeamAndNamedWorkersSeeConversations() {
    Caller a1 = caller("it.worker.a1");
    Person open = person("it.worker.a1", false);
    Person restricted = person("it.worker.a1", true);
    Conversation c1 =
        conversations.start(a1, open.getId(), ConversationKind.LISTEN_AND_CONNECT, "test");
    Conversation c2 =
        conversations.start(a1, restricted.getId(), ConversationKind.LISTEN_AND_CONNECT, "test");

    Caller otherTeam = caller("it.worker.b1");
    assertThrows(NotFound.class, () -> conversations.open(otherTeam, c1.getId(), "test"));
    assertThrows(
        NotFound.class,
        () ->
            conversations.start(otherTeam, open.getId(), ConversationKind.BUILD_A_GOOD_LIFE, "t"));
    assertThrows(NotFound.class, () -> conversations.forPerson(otherTeam, open.getId()));

    Caller colleague = caller("it.worker.a2");
    conversations.open(colleague, c1.getId(), "test");
    assertThrows(NotFound.class, () -> conversations.open(colleague, c2.getId(), "test"));
    ConversationNotes n = c2.notes();
    assertThrows(
        NotFound.class, () -> conversations.saveDraft(colleague, c2.getId(), c2.getVersion(), n));
    conversations.open(caller("it.manager.a"), c2.getId(), "test");

    for (String role : List.of("it.trainer", "it.admin")) {
      Caller c = caller(role);
      assertThrows(RuleViolation.class, () -> conversations.open(c, c1.getId(), "test"));
    }
    // Only the worker who started a draft, or a manager, may delete it.
    assertThrows(
        Caller.AccessDenied.class,
        () -> conversations.discardDraft(colleague, c1.getId(), c1.getVersion(), "test"));
    conversations.discardDraft(a1, c1.getId(), c1.getVersion(), "test");
    assertThrows(NotFound.class, () -> conversations.open(a1, c1.getId(), "test"));
  }

  @Test
  void everyOpeningOfAConversationIsLogged() {
    Caller a1 = caller("it.worker.a1");
    Person p = person("it.worker.a1", false);
    Conversation c =
        conversations.start(a1, p.getId(), ConversationKind.LISTEN_AND_CONNECT, "test");
    conversations.open(caller("it.worker.a2"), c.getId(), "page /conversation/view.xhtml");
    List<AccessLogEntry> log = accessLog.forPerson(caller("it.manager.a"), p.getId());
    AccessLogEntry latest = log.get(0);
    assertEquals(AccessAction.VIEWED_CONVERSATION, latest.getAction());
    assertEquals("it.worker.a2", latest.getUsername());
    assertEquals(c.getId(), latest.getConversationId());
    assertTrue(
        log.stream()
            .anyMatch(
                e ->
                    e.getAction() == AccessAction.STARTED_CONVERSATION
                        && c.getId().equals(e.getConversationId())));
  }

  @Test
  void theApiReadsConversationsForTheTeamOnlyAndLogsEachRead() {
    Caller worker = caller("it.worker.a1");
    Person p = person("it.worker.a1", false);
    Conversation c =
        conversations.start(worker, p.getId(), ConversationKind.BUILD_A_GOOD_LIFE, "test");
    conversations.finalise(worker, c.getId(), c.getVersion(), fullNotes(), "test");
    Http http = new Http(base);
    String pw = TestFixtures.PASSWORD;

    var list = http.get("/api/people/" + p.getId() + "/conversations", "it.worker.a2", pw);
    assertEquals(200, list.statusCode(), list.body());
    assertTrue(list.body().contains("\"kind\":\"BUILD_A_GOOD_LIFE\""), list.body());
    assertTrue(list.body().contains("\"status\":\"FINAL\""), list.body());
    assertFalse(list.body().contains("allotment"), "a list carries no notes");

    var one = http.get("/api/conversations/" + c.getId(), "it.worker.a2", pw);
    assertEquals(200, one.statusCode(), one.body());
    assertTrue(one.body().contains("Getting back to my allotment."), one.body());
    assertTrue(one.body().contains("\"number\":1"), "the history is there: " + one.body());

    assertEquals(404, http.get("/api/conversations/" + c.getId(), "it.worker.b1", pw).statusCode());
    assertEquals(
        404,
        http.get("/api/people/" + p.getId() + "/conversations", "it.worker.b1", pw).statusCode());
    assertEquals(403, http.get("/api/conversations/" + c.getId(), "it.trainer", pw).statusCode());
    assertEquals(401, http.get("/api/conversations/" + c.getId(), null, null).statusCode());

    List<AccessLogEntry> log = accessLog.forPerson(caller("it.manager.a"), p.getId());
    assertEquals(AccessAction.VIEWED_CONVERSATION, log.get(0).getAction());
    assertEquals("API GET /api/conversations/" + c.getId(), log.get(0).getChannel());
    assertEquals(AccessAction.VIEWED, log.get(1).getAction());
  }

  @Test
  void caseloadPutsOverdueActionsAndDraftsFirst() {
    Caller worker = caller("it.worker.a3");
    Person quiet = person("it.worker.a3", false);
    Person withDraft = person("it.worker.a3", false);
    Person overdue = person("it.worker.a3", false);
    conversations.start(worker, withDraft.getId(), ConversationKind.LISTEN_AND_CONNECT, "test");
    Conversation c =
        conversations.start(worker, overdue.getId(), ConversationKind.BUILD_A_GOOD_LIFE, "test");
    conversations.finalise(worker, c.getId(), c.getVersion(), fullNotes(), "test");

    List<Long> order =
        conversations.caseload(worker).stream().map(e -> e.person().getId()).toList();
    assertTrue(order.indexOf(overdue.getId()) < order.indexOf(withDraft.getId()));
    assertTrue(order.indexOf(withDraft.getId()) < order.indexOf(quiet.getId()));
    assertFalse(conversations.myDrafts(worker).isEmpty());
    assertTrue(
        conversations.actionsDue(worker).stream()
            .anyMatch(i -> i.action().getPersonId() == overdue.getId()));
  }
}
