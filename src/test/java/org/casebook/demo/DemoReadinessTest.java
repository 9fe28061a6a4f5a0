package org.casebook.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.casebook.readiness.AnswerSheet;
import org.casebook.readiness.Comparison;
import org.casebook.readiness.ReadinessAssessment;
import org.casebook.readiness.ReadinessReport;
import org.junit.jupiter.api.Test;

/** The demo's two years of self-assessment tell the story the leaders' guide promises. */
class DemoReadinessTest {

  private static final Instant AT = Instant.parse("2026-02-01T10:00:00Z");

  @Test
  void lastYearIsCompleteEnoughToSignOff() {
    assertEquals(18, DemoReadiness.LAST_YEAR.length);
    assertEquals(18, DemoReadiness.LAST_YEAR_EVIDENCE.length);
    assertTrue(DemoReadiness.lastYear().signOffProblems().isEmpty());
  }

  @Test
  void thisYearIsADraftThatMovedOnWithTwoQuestionsStillOpen() {
    ReadinessAssessment last = new ReadinessAssessment(2025, null, "sam.leader", AT);
    last.signOff(DemoReadiness.lastYear(), "sam.leader", AT);
    ReadinessAssessment now = new ReadinessAssessment(2026, last, "sam.leader", AT);
    AnswerSheet draft = DemoReadiness.thisYear(now.sheet());
    assertTrue(draft.draftProblems().isEmpty());
    assertFalse(draft.signOffProblems().isEmpty(), "still a draft to finish");
    now.saveDraft(draft, "sam.leader", AT);
    assertEquals(16, now.getRated());

    Comparison c = Comparison.of(now.ratings(), last.ratings());
    assertEquals(6, c.count(Comparison.Change.UP));
    assertEquals(1, c.count(Comparison.Change.DOWN));
    assertEquals(9, c.count(Comparison.Change.SAME));
    assertEquals(2, c.count(Comparison.Change.NOT_RATED_NOW));
    ReadinessReport report = ReadinessReport.of(now, List.of(last));
    assertTrue(report.isCompared());
    assertEquals("2025", report.getComparedYear());
  }

  @Test
  void theEvidenceIsAboutTheCouncilNeverAboutAPerson() {
    List<String> demoPeople =
        List.of("margaret", "peggy", "daniel", "hafsa", "tom ", "grace", "rosa", "arthur", "niamh");
    List<String> texts = new java.util.ArrayList<>(List.of(DemoReadiness.LAST_YEAR_EVIDENCE));
    DemoReadiness.THIS_YEAR.stream()
        .map(DemoReadiness.Change::evidence)
        .filter(e -> e != null)
        .forEach(texts::add);
    for (String text : texts) {
      String lower = text.toLowerCase(Locale.UK);
      for (String name : demoPeople) {
        assertFalse(lower.contains(name), name + " in: " + text);
      }
      assertTrue(text.length() <= AnswerSheet.EVIDENCE_MAX);
    }
  }
}
