package org.casebook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.casebook.account.Accounts;
import org.casebook.platform.EditConflict;
import org.casebook.platform.FieldsRefused;
import org.casebook.platform.RuleViolation;
import org.casebook.readiness.AnswerSheet;
import org.casebook.readiness.AssessmentStatus;
import org.casebook.readiness.Question;
import org.casebook.readiness.ReadinessAssessment;
import org.casebook.readiness.ReadinessAssessments;
import org.casebook.security.Caller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The readiness self-assessment in a real Payara Micro, on H2 or (with -Pmysql) MariaDB: drafts
 * kept as typed, sign-off that nothing overwrites, a stale save refused, one a year, starting from
 * the last signed-off answers, and who may open and do what, in the service and over HTTP.
 *
 * <p>Each test uses its own years (2011 to 2020), so they can run in any order; only the pages test
 * uses this year.
 */
@ExtendWith(ArquillianExtension.class)
class ReadinessIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.casebook().addClass(ReadinessIT.class);
  }

  @Inject ReadinessAssessments assessments;
  @Inject Accounts accounts;
  @PersistenceContext EntityManager em;
  @ArquillianResource URL base;

  private Caller caller(String username) {
    return TestFixtures.caller(accounts, username);
  }

  private Caller leader() {
    return caller("it.leader");
  }

  /** Every question rated the same, with evidence naming the year. */
  private static AnswerSheet complete(int rating, String evidence) {
    AnswerSheet sheet = AnswerSheet.blank();
    for (Question q : Question.values()) {
      sheet = sheet.with(q.getNumber(), rating, evidence + " (question " + q.getNumber() + ")");
    }
    return sheet;
  }

  private ReadinessAssessment reread(int year) {
    return assessments.get(leader(), year);
  }

  @Test
  void aDraftIsKeptPartAnsweredJustAsTyped() {
    ReadinessAssessment started = assessments.start(leader(), 2011, false);
    assertEquals(AssessmentStatus.DRAFT, started.getStatus());
    assertEquals("it.leader", started.getStartedBy());
    String evidence =
        "Co-production board minutes, 12 March\n\nCarers’ forum feedback — “we were heard”";
    assessments.saveDraft(
        leader(),
        2011,
        started.getVersion(),
        AnswerSheet.blank()
            .with(1, 2, evidence)
            .with(2, 4, null)
            .with(3, null, "To ask the people’s panel in May"));

    ReadinessAssessment kept = reread(2011);
    assertEquals(2, kept.getRated());
    assertEquals(2, kept.answer(Question.Q1).getRating());
    assertEquals(evidence, kept.answer(Question.Q1).getEvidence(), "every character kept");
    assertEquals(4, kept.answer(Question.Q2).getRating());
    assertNull(kept.answer(Question.Q2).getEvidence());
    assertNull(kept.answer(Question.Q3).getRating());
    assertEquals("To ask the people’s panel in May", kept.answer(Question.Q3).getEvidence());
    assertTrue(kept.getVersion() > started.getVersion(), "a save moves the version on");
    Number rows =
        (Number)
            em.createNativeQuery(
                    "select count(*) from readiness_answer a join readiness_assessment s"
                        + " on s.id = a.assessment_id where s.assessment_year = 2011")
                .getSingleResult();
    assertEquals(18, rows.intValue(), "one row a question");

    String tooLong = "x".repeat(AnswerSheet.EVIDENCE_MAX + 1);
    int version = kept.getVersion();
    FieldsRefused refused =
        assertThrows(
            FieldsRefused.class,
            () ->
                assessments.saveDraft(
                    leader(), 2011, version, kept.sheet().with(4, 3, tooLong).with(5, 3, "ok")));
    assertEquals(List.of("q4.evidence"), List.copyOf(refused.problems().keySet()));
    assertNull(reread(2011).answer(Question.Q5).getRating(), "nothing of a refused save is kept");
  }

  @Test
  void aSignedOffSelfAssessmentIsNeverOverwritten() {
    ReadinessAssessment started = assessments.start(leader(), 2012, false);
    int version = started.getVersion();
    FieldsRefused incomplete =
        assertThrows(
            FieldsRefused.class,
            () ->
                assessments.signOff(
                    leader(), 2012, version, complete(3, "2012").with(9, null, "IT not yet")));
    assertEquals(List.of("q9.rating"), List.copyOf(incomplete.problems().keySet()));
    assertEquals(0, reread(2012).getRated(), "a refused sign-off keeps nothing");

    ReadinessAssessment signed = assessments.signOff(leader(), 2012, version, complete(3, "2012"));
    assertTrue(signed.isSignedOff());
    ReadinessAssessment kept = reread(2012);
    assertEquals(AssessmentStatus.SIGNED_OFF, kept.getStatus());
    assertEquals("it.leader", kept.getSignedOffBy());
    assertTrue(kept.getSignedOffAt() != null);
    assertEquals(18, kept.getRated());

    int now = kept.getVersion();
    AnswerSheet changed = complete(1, "rewritten");
    assertThrows(
        ReadinessAssessment.AlreadySignedOff.class,
        () -> assessments.saveDraft(leader(), 2012, now, changed));
    assertThrows(
        ReadinessAssessment.AlreadySignedOff.class,
        () -> assessments.signOff(leader(), 2012, now, changed));
    ReadinessAssessment after = reread(2012);
    assertEquals(3, after.answer(Question.Q1).getRating());
    assertEquals("2012 (question 1)", after.answer(Question.Q1).getEvidence());
    assertEquals(kept.getSignedOffAt(), after.getSignedOffAt());
    assertEquals(now, after.getVersion(), "not touched");

    // Its answer page sends a leader to the read-only page.
    HttpResponse<String> edit =
        new SignedIn(base, "it.leader").get("/readiness/edit.xhtml?year=2012");
    assertEquals(302, edit.statusCode());
    assertTrue(
        edit.headers()
            .firstValue("Location")
            .orElse("")
            .contains("/readiness/view.xhtml?year=2012"));
  }

  @Test
  void aStaleSaveIsRefusedAndTheFirstSaveStands() {
    ReadinessAssessment opened = assessments.start(leader(), 2013, false);
    int seenByBoth = opened.getVersion();
    assessments.saveDraft(
        leader(), 2013, seenByBoth, AnswerSheet.blank().with(10, 4, "Lou's evidence"));
    assertThrows(
        EditConflict.class,
        () ->
            assessments.saveDraft(
                leader(), 2013, seenByBoth, AnswerSheet.blank().with(10, 1, "Stale evidence")));
    assertThrows(
        EditConflict.class,
        () -> assessments.signOff(leader(), 2013, seenByBoth, complete(1, "Stale")));
    ReadinessAssessment kept = reread(2013);
    assertEquals(4, kept.answer(Question.Q10).getRating());
    assertEquals("Lou's evidence", kept.answer(Question.Q10).getEvidence());
    assertFalse(kept.isSignedOff());
    // From the version now saved, the second leader's answers go in.
    assessments.saveDraft(
        leader(), 2013, kept.getVersion(), AnswerSheet.blank().with(10, 1, "Second view"));
    assertEquals(1, reread(2013).answer(Question.Q10).getRating());
  }

  @Test
  void oneAYearNeverAYearToComeAndStartingFromTheLastSignedOff() {
    ReadinessAssessment y2019 = assessments.start(leader(), 2019, false);
    assessments.signOff(
        leader(), 2019, y2019.getVersion(), complete(2, "2019").with(5, 1, "Control"));
    ReadinessAssessment y2020 = assessments.start(leader(), 2020, true);
    assertEquals(2019, y2020.getCopiedFromYear());
    assertFalse(y2020.isSignedOff());
    ReadinessAssessment copied = reread(2020);
    assertEquals(reread(2019).ratings(), copied.ratings());
    assertEquals("Control", copied.answer(Question.Q5).getEvidence());

    RuleViolation taken =
        assertThrows(RuleViolation.class, () -> assessments.start(leader(), 2020, false));
    assertEquals("readiness.year.taken", taken.messageKey());
    int next = assessments.thisYear() + 1;
    RuleViolation future =
        assertThrows(RuleViolation.class, () -> assessments.start(leader(), next, false));
    assertEquals("readiness.year.outOfRange", future.messageKey());
    assertThrows(RuleViolation.class, () -> assessments.start(leader(), 2009, false));

    assertEquals(
        2019, assessments.earlierSignedOff(leader(), 2020, 2).get(0).getYear(), "the nearest");
    assertTrue(
        assessments.earlierSignedOff(leader(), 2020, 5).stream()
            .allMatch(a -> a.isSignedOff() && a.getYear() < 2020));
  }

  @Test
  void leadersChangeItManagersAndAdministratorsReadItNobodyElseSeesIt() {
    ReadinessAssessment y2014 = assessments.start(leader(), 2014, false);
    int version = y2014.getVersion();
    for (String reader : List.of("it.manager.a", "it.admin")) {
      Caller c = caller(reader);
      assertTrue(assessments.all(c).stream().anyMatch(a -> a.getYear() == 2014), reader);
      assertEquals(2014, assessments.get(c, 2014).getYear());
      assertThrows(Caller.AccessDenied.class, () -> assessments.start(c, 2015, false), reader);
      assertThrows(
          Caller.AccessDenied.class,
          () -> assessments.saveDraft(c, 2014, version, complete(4, reader)),
          reader);
      assertThrows(
          Caller.AccessDenied.class,
          () -> assessments.signOff(c, 2014, version, complete(4, reader)),
          reader);
    }
    for (String outsider : List.of("it.worker.a1", "it.trainer")) {
      Caller c = caller(outsider);
      assertThrows(Caller.AccessDenied.class, () -> assessments.all(c), outsider);
      assertThrows(Caller.AccessDenied.class, () -> assessments.get(c, 2014), outsider);
      assertThrows(
          Caller.AccessDenied.class, () -> assessments.earlierSignedOff(c, 2014, 2), outsider);
      assertThrows(Caller.AccessDenied.class, () -> assessments.start(c, 2015, false), outsider);
    }
    assertEquals(0, reread(2014).getRated(), "nobody but a leader changed it");
  }

  @Test
  void theYearsPageShowsEachYearBesideTheSignedOffYearBeforeInWords() {
    ReadinessAssessment y2017 = assessments.start(leader(), 2017, false);
    assessments.signOff(leader(), 2017, y2017.getVersion(), complete(2, "2017"));
    ReadinessAssessment y2018 = assessments.start(leader(), 2018, false);
    assessments.saveDraft(
        leader(),
        2018,
        y2018.getVersion(),
        AnswerSheet.blank().with(1, 3, "Lived experience panel").with(2, 1, "Trust fell"));

    String html = new SignedIn(base, "it.manager.a").get("/readiness/view.xhtml?year=2018").body();
    assertTrue(html.contains("Draft: not signed off yet."), html);
    assertTrue(
        html.contains(
            "Compared with 2017, of the 18 questions 1 went up, 1 went down and 0 stayed the same"),
        html);
    assertTrue(html.contains("Up 1, from Beginning to Developing"));
    assertTrue(html.contains("Down 1, from Beginning to Not in place"));
    assertTrue(html.contains("Not rated in 2018 (was Beginning)"));
    assertTrue(
        html.contains(
            "<caption id=\"themes-caption\">Mean rating by theme: 2018 (draft) beside 2017"),
        html);
    assertTrue(html.contains("<td>2.0 (2 of 3 rated)</td>"), "co-production now: (3 + 1) / 2");
    assertTrue(html.contains("\"type\":\"radar\""), "the radar chart");
    assertTrue(html.contains("role=\"img\" aria-label=\"Radar chart of the mean rating"));
    assertTrue(html.contains("\"label\":\"2017\""), "last year overlaid");
    assertTrue(html.contains("Is there a willingness to invest time and effort"), "the questions");
    assertTrue(html.contains("Lived experience panel"), "the evidence");
    assertFalse(html.contains("id=\"carryOn\""), "a manager only reads");
  }

  @Test
  void pagesByRole() {
    int year = assessments.thisYear();
    if (assessments.find(leader(), year).isEmpty()) {
      assessments.start(leader(), year, false);
    }
    String y = String.valueOf(year);

    SignedIn leader = new SignedIn(base, "it.leader");
    String home = leader.get("/index.xhtml").body();
    assertTrue(home.contains("id=\"navReadiness\""), "in the menu");
    assertTrue(home.contains("id=\"homeReadiness\""), "on the leader's home page");
    String index = leader.get("/readiness/index.xhtml").body();
    assertTrue(index.contains("<th scope=\"row\">" + y + "</th>"), index);
    assertTrue(index.contains("Carry on with " + y));
    assertTrue(index.contains("Developing a community asset based approach"), "the source named");
    assertFalse(index.contains("id=\"readOnly\""));
    HttpResponse<String> edit = leader.get("/readiness/edit.xhtml?year=" + y);
    assertEquals(200, edit.statusCode());
    assertTrue(edit.body().contains("id=\"f:save\""));
    assertTrue(edit.body().contains("id=\"f:signOff\""));
    assertTrue(edit.body().contains("name=\"f:themes:2:questions:0:evidence\""), "question 7");
    assertEquals(200, leader.get("/readiness/view.xhtml?year=" + y).statusCode());
    assertEquals(404, leader.get("/readiness/view.xhtml?year=1999").statusCode());
    assertEquals(404, leader.get("/readiness/edit.xhtml?year=1999").statusCode());

    for (String reader : List.of("it.manager.a", "it.admin")) {
      SignedIn r = new SignedIn(base, reader);
      assertTrue(r.get("/index.xhtml").body().contains("id=\"navReadiness\""), reader);
      HttpResponse<String> list = r.get("/readiness/index.xhtml");
      assertEquals(200, list.statusCode(), reader);
      assertTrue(list.body().contains("id=\"readOnly\""), reader);
      assertFalse(list.body().contains("Carry on with"), reader);
      assertFalse(list.body().contains("id=\"f:start\""), reader);
      HttpResponse<String> view = r.get("/readiness/view.xhtml?year=" + y);
      assertEquals(200, view.statusCode(), reader);
      assertFalse(view.body().contains("id=\"carryOn\""), reader);
      assertEquals(403, r.get("/readiness/edit.xhtml?year=" + y).statusCode(), reader);
    }

    for (String outsider : List.of("it.worker.a1", "it.trainer")) {
      SignedIn o = new SignedIn(base, outsider);
      assertFalse(o.get("/index.xhtml").body().contains("navReadiness"), outsider);
      assertEquals(403, o.get("/readiness/index.xhtml").statusCode(), outsider);
      assertEquals(403, o.get("/readiness/view.xhtml?year=" + y).statusCode(), outsider);
      assertEquals(403, o.get("/readiness/edit.xhtml?year=" + y).statusCode(), outsider);
    }

    HttpResponse<String> anonymous =
        Http.send(
            HttpRequest.newBuilder(new Http(base).uri("/readiness/index.xhtml")).GET().build());
    assertEquals(302, anonymous.statusCode());
    assertTrue(
        anonymous.headers().firstValue("Location").orElse("").contains("/login.xhtml"),
        anonymous.headers().toString());
  }
}
