package org.casebook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.casebook.account.Account;
import org.casebook.account.Accounts;
import org.casebook.asset.AssetLinks;
import org.casebook.audit.AccessAction;
import org.casebook.audit.AccessLog;
import org.casebook.conversation.Conversation;
import org.casebook.conversation.ConversationKind;
import org.casebook.conversation.ConversationNotes;
import org.casebook.conversation.Conversations;
import org.casebook.conversation.Goal;
import org.casebook.conversation.Strength;
import org.casebook.conversation.StrengthCategory;
import org.casebook.outcome.ExtractKeys;
import org.casebook.person.People;
import org.casebook.person.Person;
import org.casebook.person.PersonDetails;
import org.casebook.platform.EditConflict;
import org.casebook.platform.FieldsRefused;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.practice.AuditForm;
import org.casebook.practice.AuditOrigin;
import org.casebook.practice.AuditStatus;
import org.casebook.practice.AuditStep;
import org.casebook.practice.Audits;
import org.casebook.practice.PracticeAudit;
import org.casebook.practice.Principle;
import org.casebook.practice.RecordCounts;
import org.casebook.practice.RecordFigure;
import org.casebook.practice.SampleDraw;
import org.casebook.security.Caller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The case-file audit in a real Payara Micro, on H2 or (with -Pmysql) MariaDB: practice figures
 * kept for signed conversations, the monthly sample (random, reproducible, never a draft), records
 * added by hand, the audit from scores to the worker's response, and who may see what.
 */
@ExtendWith(ArquillianExtension.class)
class PracticeAuditIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.casebook().addClass(PracticeAuditIT.class);
  }

  @Inject Audits audits;
  @Inject Conversations conversations;
  @Inject People people;
  @Inject Accounts accounts;
  @Inject AccessLog accessLog;
  @Inject TestFixtures fixtures;
  @Inject ExtractKeys keys;
  @Inject AssetLinks links;
  @PersistenceContext EntityManager em;

  private Caller caller(String username) {
    Account a = accounts.findByUsername(username).orElseThrow();
    return new Caller(
        a.getId(), a.getUsername(), a.getRole(), a.getTeam() == null ? null : a.getTeam().getId());
  }

  private Person person(String worker) {
    Caller c = caller(worker);
    String name = "Audit Person " + UUID.randomUUID().toString().substring(0, 8);
    return people.create(
        c,
        new PersonDetails(name, null, null, null, null, null, null, "Hillside", null, null),
        new People.Allocation(c.accountId(), false, List.of()),
        "test");
  }

  private static ConversationNotes notes() {
    ConversationNotes n = ConversationNotes.startingOn(LocalDate.now());
    n.setWhatMatters("My garden is my pride.");
    n.setWhatMattersTheirWords(true);
    n.setWorking("She suffers from arthritis but walks to the shop every day.");
    n.getStrengths().add(new Strength(StrengthCategory.values()[0], "Knows the whole street"));
    n.setMode(org.casebook.conversation.ContactMode.VISIT);
    Goal g = new Goal("I want to grow tomatoes again");
    g.scaled("None", "Seedlings", "A crop", "Enough to share", "Win a prize");
    n.getGoals().add(g);
    return n;
  }

  private Conversation signed(String worker) {
    Caller w = caller(worker);
    Person p = person(worker);
    Conversation c = conversations.start(w, p.getId(), ConversationKind.BUILD_A_GOOD_LIFE, "test");
    return conversations.finalise(w, c.getId(), c.getVersion(), notes(), "test");
  }

  private static AuditForm complete(String feedback) {
    Map<Principle, Integer> scores = new EnumMap<>(Principle.class);
    for (Principle p : Principle.values()) {
      scores.put(p, p == Principle.LANGUAGE ? 2 : 3);
    }
    return new AuditForm(scores, Map.of(Principle.LANGUAGE, "\"Suffers from\" again"), feedback);
  }

  @Test
  void signedConversationsHaveTheirPracticeFiguresKeptDraftsDoNot() {
    Caller a1 = caller("it.worker.a1");
    Conversation c = signed("it.worker.a1");
    RecordFigure f = em.find(RecordFigure.class, c.getId());
    assertNotNull(f);
    assertEquals(YearMonth.now(), f.month());
    assertEquals(a1.accountId(), f.getWorkerId());
    assertEquals(a1.teamId(), f.getTeamId());
    RecordCounts counts = f.counts();
    assertEquals(1, counts.findings());
    assertEquals(1, counts.strengths());
    assertEquals(1, counts.ownWordGoals());
    assertEquals(0, counts.assets());

    // An addendum without the deficit words: the figures follow the record's latest version.
    ConversationNotes corrected = c.notes();
    corrected.setWorking("She lives with arthritis and walks to the shop every day.");
    conversations.addAddendum(a1, c.getId(), c.getVersion(), "Wording", corrected, "test");
    em.clear();
    assertEquals(0, em.find(RecordFigure.class, c.getId()).counts().findings());

    // A connection made from the conversation is counted.
    long asset =
        em.createQuery("select a.id from Asset a where a.name = :n", Long.class)
            .setParameter("n", TestFixtures.NEAREST_FREE_SATURDAY_GARDEN)
            .getSingleResult();
    links.suggest(a1, c.getId(), asset, null, "test");
    em.clear();
    assertEquals(1, em.find(RecordFigure.class, c.getId()).counts().assets());

    Person p = person("it.worker.a1");
    Conversation draft =
        conversations.start(a1, p.getId(), ConversationKind.BUILD_A_GOOD_LIFE, "test");
    assertNull(em.find(RecordFigure.class, draft.getId()));
    RuleViolation notSigned =
        assertThrows(RuleViolation.class, () -> audits.add(caller("it.manager.a"), draft.getId()));
    assertEquals("practice.notSigned", notSigned.getMessage());
  }

  @Test
  void theMonthlySampleIsRandomButTheSameEveryTimeAndNeverADraft() {
    YearMonth month = YearMonth.now().minusMonths(5);
    LocalDate day = month.atDay(12);
    List<Long> signedIds = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      signedIds.add(signed("it.worker.a1").getId());
    }
    for (int i = 0; i < 3; i++) {
      signedIds.add(signed("it.worker.a2").getId());
    }
    signedIds.add(signed("it.worker.a3").getId());
    for (long id : signedIds) {
      fixtures.backdate(id, day);
    }
    // Team B's record of the same month is never in team A's sample.
    long teamB = signed("it.worker.b1").getId();
    fixtures.backdate(teamB, day);
    // A draft is never drawn.
    Caller a1 = caller("it.worker.a1");
    Conversation draft =
        conversations.start(
            a1, person("it.worker.a1").getId(), ConversationKind.BUILD_A_GOOD_LIFE, "test");

    Caller manager = caller("it.manager.a");
    Audits.Month first = audits.month(manager, month);
    assertNotNull(first.sample());
    Set<Long> drawn =
        first.audits().stream().map(r -> r.audit().getConversationId()).collect(Collectors.toSet());
    // Two for each worker who signed that month (the third worker had only one).
    assertEquals(5, drawn.size());
    assertTrue(signedIds.containsAll(drawn));
    assertFalse(drawn.contains(draft.getId()));
    assertFalse(drawn.contains(teamB));
    Map<Long, Long> perWorker =
        first.audits().stream()
            .collect(Collectors.groupingBy(r -> r.audit().getWorkerId(), Collectors.counting()));
    assertEquals(2L, perWorker.get(a1.accountId()));
    assertEquals(2L, perWorker.get(caller("it.worker.a2").accountId()));
    assertEquals(1L, perWorker.get(caller("it.worker.a3").accountId()));
    assertTrue(first.audits().stream().allMatch(r -> r.audit().getOrigin() == AuditOrigin.SAMPLE));

    // It is the draw Casebook's secret gives for this team and month: the same however often the
    // month is opened, and by whichever of the team's managers.
    List<SampleDraw.Candidate> candidates = new ArrayList<>();
    for (long id : signedIds) {
      RecordFigure f = em.find(RecordFigure.class, id);
      candidates.add(new SampleDraw.Candidate(id, f.getWorkerId()));
    }
    Set<Long> expected =
        SampleDraw.draw(candidates, keys.secret(), manager.teamId(), month, 2).stream()
            .map(SampleDraw.Candidate::conversationId)
            .collect(Collectors.toSet());
    assertEquals(expected, drawn);
    Set<Long> again =
        audits.month(manager, month).audits().stream()
            .map(r -> r.audit().getConversationId())
            .collect(Collectors.toSet());
    assertEquals(drawn, again);

    // The records not drawn can be added by hand; team B's manager sees none of team A's.
    List<Audits.Candidate> others = audits.candidates(manager, month);
    assertEquals(signedIds.size() - drawn.size(), others.size());
    assertTrue(
        audits.month(caller("it.manager.b"), month).audits().stream()
            .noneMatch(r -> signedIds.contains(r.audit().getConversationId())));

    // This month has not ended: it is not sampled yet.
    assertNull(audits.month(manager, YearMonth.now()).sample());
  }

  @Test
  void anAuditRunsFromScoresToTheWorkersResponseAndOnlyTheRightPeopleSeeIt() {
    Caller manager = caller("it.manager.a");
    Caller a1 = caller("it.worker.a1");
    Conversation c = signed("it.worker.a1");
    PracticeAudit audit = audits.add(manager, c.getId());
    assertEquals(AuditOrigin.HAND, audit.getOrigin());
    assertEquals(
        "practice.already",
        assertThrows(RuleViolation.class, () -> audits.add(manager, c.getId())).getMessage());
    long id = audit.getId();

    // Nobody but the team's managers sees an audit before the feedback goes.
    assertThrows(NotFound.class, () -> audits.open(a1, id, "test"));
    assertThrows(NotFound.class, () -> audits.open(caller("it.manager.b"), id, "test"));
    assertThrows(NotFound.class, () -> audits.open(caller("it.worker.a2"), id, "test"));
    assertThrows(RuleViolation.class, () -> audits.month(caller("it.trainer"), YearMonth.now()));
    assertThrows(RuleViolation.class, () -> audits.month(a1, YearMonth.now()));
    assertThrows(NotFound.class, () -> audits.add(caller("it.manager.b"), c.getId()));

    Audits.Reading reading = audits.open(manager, id, "test");
    assertTrue(reading.canAudit());
    assertEquals(1, reading.findings().size());
    assertEquals("working", reading.findings().get(0).path());
    assertEquals("suffers from", reading.findings().get(0).findings().get(0).text());

    int v = reading.audit().getVersion();
    PracticeAudit saved =
        audits.save(manager, id, v, new AuditForm(Map.of(Principle.VOICE, 4), Map.of(), null));
    assertEquals(AuditStatus.STARTED, saved.getStatus());
    // A stale page cannot overwrite what a colleague saved.
    assertThrows(
        EditConflict.class,
        () -> audits.save(manager, id, v, new AuditForm(Map.of(), Map.of(), "Stale")));
    int v2 = saved.getVersion();
    FieldsRefused incomplete =
        assertThrows(
            FieldsRefused.class,
            () ->
                audits.send(
                    manager,
                    id,
                    v2,
                    new AuditForm(Map.of(Principle.VOICE, 4), Map.of(), null),
                    "t"));
    assertTrue(incomplete.problems().containsKey("score_risks"));
    assertTrue(incomplete.problems().containsKey("feedback"));
    // Still with the manager: the worker cannot see it yet.
    assertTrue(audits.feedbackFor(a1).stream().noneMatch(r -> r.audit().getId() == id));

    PracticeAudit sent = audits.send(manager, id, v2, complete("Lovely strengths, Ada."), "test");
    assertEquals(AuditStatus.WITH_WORKER, sent.getStatus());
    assertEquals(1, sent.getFindings());
    RuleViolation kept =
        assertThrows(
            RuleViolation.class,
            () -> audits.save(manager, id, sent.getVersion(), complete("Changed my mind")));
    assertEquals("practice.sent", kept.getMessage());

    // The worker sees their own feedback and responds; nobody else can.
    assertTrue(audits.feedbackFor(a1).stream().anyMatch(r -> r.audit().getId() == id));
    assertTrue(audits.awaitingResponse(a1) >= 1);
    assertTrue(
        audits.feedbackFor(caller("it.worker.a2")).stream()
            .noneMatch(r -> r.audit().getId() == id));
    Audits.Reading forWorker = audits.open(a1, id, "test");
    assertTrue(forWorker.canRespond());
    assertFalse(forWorker.canAudit());
    assertThrows(
        NotFound.class,
        () -> audits.respond(caller("it.worker.a2"), id, sent.getVersion(), "Not mine"));
    assertThrows(FieldsRefused.class, () -> audits.respond(a1, id, sent.getVersion(), "   "));
    PracticeAudit closed =
        audits.respond(a1, id, sent.getVersion(), "Thank you - I will ask about words next time.");
    assertEquals(AuditStatus.CLOSED, closed.getStatus());
    assertFalse(audits.open(a1, id, "test").canRespond());

    // The audit's history, and the reading of the record, are kept.
    List<AuditStep.Kind> steps =
        audits.open(manager, id, "test").steps().stream().map(AuditStep::getKind).toList();
    assertEquals(
        List.of(
            AuditStep.Kind.ADDED,
            AuditStep.Kind.SAVED,
            AuditStep.Kind.FEEDBACK_SENT,
            AuditStep.Kind.RESPONDED),
        steps);
    Set<AccessAction> logged =
        accessLog.forPerson(manager, c.getPersonId()).stream()
            .map(e -> e.getAction())
            .collect(Collectors.toSet());
    assertTrue(logged.contains(AccessAction.VIEWED_FOR_AUDIT));
    assertTrue(logged.contains(AccessAction.AUDITED));
    assertTrue(logged.contains(AccessAction.VIEWED_AUDIT_FEEDBACK));
  }
}
