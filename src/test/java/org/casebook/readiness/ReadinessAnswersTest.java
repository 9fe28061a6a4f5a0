package org.casebook.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.FieldsRefused;
import org.casebook.platform.Messages;
import org.junit.jupiter.api.Test;

/** What a leader types: drafts may be partial; signing off needs everything; signed is final. */
class ReadinessAnswersTest {

  private static final Instant MONDAY = Instant.parse("2026-03-02T10:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2026-03-03T10:00:00Z");

  /** Every question rated 3 with a line of evidence. */
  static AnswerSheet complete() {
    AnswerSheet sheet = AnswerSheet.blank();
    for (Question q : Question.values()) {
      sheet = sheet.with(q.getNumber(), 3, "Evidence for question " + q.getNumber());
    }
    return sheet;
  }

  @Test
  void aPartDraftHasNoProblems() {
    AnswerSheet sheet =
        AnswerSheet.blank()
            .with(1, 2, "Co-production board minutes, March")
            .with(2, 4, null)
            .with(3, null, "Still to ask the carers' forum");
    assertTrue(sheet.draftProblems().isEmpty());
    assertEquals(Map.of(Question.Q1, 2, Question.Q2, 4), sheet.ratings());
  }

  @Test
  void evidenceTooLongOrARatingThatIsNotOneIsRefusedBesideItsQuestion() {
    String tooLong = "x".repeat(AnswerSheet.EVIDENCE_MAX + 1);
    AnswerSheet sheet =
        AnswerSheet.blank()
            .with(7, 3, tooLong)
            .with(8, 5, "fine")
            .with(9, 2, "y".repeat(AnswerSheet.EVIDENCE_MAX));
    Map<String, FieldProblem> problems = sheet.draftProblems();
    assertEquals(List.of("q7.evidence", "q8.rating"), List.copyOf(problems.keySet()));
    assertEquals(new FieldProblem("readiness.evidence.tooLong", 7), problems.get("q7.evidence"));
    assertEquals(
        "Question 7: the evidence must be 4,000 characters or fewer. Say where longer documents"
            + " are kept rather than pasting them in.",
        Messages.text("readiness.evidence.tooLong", 7));
    assertEquals(
        "Question 8: choose one of the four ratings, or Not rated yet",
        Messages.text(problems.get("q8.rating").messageKey(), 8));
  }

  @Test
  void evidenceIsCountedAsItIsKept() {
    // Windows line ends pasted from a document count once; surrounding space is not kept.
    String pasted = "  " + "ab\r\n".repeat(AnswerSheet.EVIDENCE_MAX / 3) + "  ";
    AnswerSheet sheet = AnswerSheet.blank().with(1, 1, pasted);
    assertTrue(sheet.draftProblems().isEmpty(), "3 characters a line once kept");
    assertNull(AnswerSheet.blank().with(1, 1, " \n ").answer(Question.Q1).keptEvidence());
  }

  @Test
  void signingOffNeedsEveryQuestionRatedWithItsEvidence() {
    assertTrue(complete().signOffProblems().isEmpty());
    AnswerSheet gaps = complete().with(4, null, "Corporate plan 2026").with(11, 2, "   ");
    Map<String, FieldProblem> problems = gaps.signOffProblems();
    assertEquals(List.of("q4.rating", "q11.evidence"), List.copyOf(problems.keySet()));
    assertEquals(
        "Question 4: choose a rating before signing off",
        Messages.text(problems.get("q4.rating").messageKey(), 4));
    assertEquals(
        "Question 11: give the local evidence before signing off",
        Messages.text(problems.get("q11.evidence").messageKey(), 11));
    assertEquals(36, AnswerSheet.blank().signOffProblems().size(), "18 ratings, 18 evidence");
  }

  @Test
  void aSheetHasEveryQuestionOnce() {
    assertEquals(18, AnswerSheet.blank().answers().size());
    AnswerSheet two =
        AnswerSheet.of(
            List.of(
                new AnswerSheet.Answer(Question.Q5, 1, "a"),
                new AnswerSheet.Answer(Question.Q6, 2, "b")));
    assertEquals(18, two.answers().size());
    assertEquals(2, two.answer(Question.Q6).rating());
    assertNull(two.answer(Question.Q1).rating());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            AnswerSheet.of(
                List.of(
                    new AnswerSheet.Answer(Question.Q5, 1, "a"),
                    new AnswerSheet.Answer(Question.Q5, 2, "b"))));
  }

  @Test
  void aDraftKeepsWhatWasTypedTidiedAndSaysWhoSavedIt() {
    ReadinessAssessment a = new ReadinessAssessment(2026, null, "lou", MONDAY);
    assertEquals(18, a.getAnswers().size());
    assertEquals(0, a.getRated());
    assertFalse(a.isSignedOff());
    a.saveDraft(
        AnswerSheet.blank().with(1, 2, "  Board minutes\r\n\r\n\r\nMarch  ").with(2, 3, null),
        "sam",
        TUESDAY);
    assertEquals(2, a.answer(Question.Q1).getRating());
    assertEquals("Board minutes\n\nMarch", a.answer(Question.Q1).getEvidence());
    assertNull(a.answer(Question.Q2).getEvidence());
    assertEquals(2, a.getRated());
    assertEquals("sam", a.getSavedBy());
    assertEquals(TUESDAY, a.getSavedAt());
    assertEquals("lou", a.getStartedBy());
    assertEquals(AssessmentStatus.DRAFT, a.getStatus());
    assertEquals(2, a.sheet().answer(Question.Q1).rating(), "the form gets back what was kept");
  }

  @Test
  void aDraftWithAProblemKeepsNothing() {
    ReadinessAssessment a = new ReadinessAssessment(2026, null, "lou", MONDAY);
    FieldsRefused refused =
        assertThrows(
            FieldsRefused.class,
            () ->
                a.saveDraft(
                    AnswerSheet.blank()
                        .with(1, 2, "fine")
                        .with(2, 1, "z".repeat(AnswerSheet.EVIDENCE_MAX + 1)),
                    "lou",
                    TUESDAY));
    assertTrue(refused.problems().containsKey("q2.evidence"));
    assertEquals(0, a.getRated(), "question 1 was not kept either");
    assertEquals(MONDAY, a.getSavedAt());
  }

  @Test
  void signedOffIsKeptAsItWasAndNeverChanged() {
    ReadinessAssessment a = new ReadinessAssessment(2026, null, "lou", MONDAY);
    assertThrows(
        FieldsRefused.class, () -> a.signOff(complete().with(18, null, "x"), "lou", TUESDAY));
    assertFalse(a.isSignedOff(), "refused: still a draft");
    a.signOff(complete(), "lou", TUESDAY);
    assertTrue(a.isSignedOff());
    assertEquals(AssessmentStatus.SIGNED_OFF, a.getStatus());
    assertEquals("lou", a.getSignedOffBy());
    assertEquals(TUESDAY, a.getSignedOffAt());
    assertEquals(18, a.getRated());
    AnswerSheet changed = complete().with(1, 1, "changed my mind");
    assertThrows(
        ReadinessAssessment.AlreadySignedOff.class, () -> a.saveDraft(changed, "lou", TUESDAY));
    assertThrows(
        ReadinessAssessment.AlreadySignedOff.class, () -> a.signOff(changed, "sam", TUESDAY));
    assertEquals(3, a.answer(Question.Q1).getRating());
    assertEquals("Evidence for question 1", a.answer(Question.Q1).getEvidence());
    assertEquals("lou", a.getSignedOffBy());
  }

  @Test
  void aNewYearCanStartFromAnEarlierOnesAnswers() {
    ReadinessAssessment lastYear = new ReadinessAssessment(2025, null, "lou", MONDAY);
    lastYear.signOff(complete().with(5, 1, "Council still in control"), "lou", MONDAY);
    ReadinessAssessment copy = new ReadinessAssessment(2026, lastYear, "sam", TUESDAY);
    assertEquals(2025, copy.getCopiedFromYear());
    assertFalse(copy.isSignedOff());
    assertEquals(1, copy.answer(Question.Q5).getRating());
    assertEquals("Council still in control", copy.answer(Question.Q5).getEvidence());
    assertEquals(lastYear.ratings(), copy.ratings());
    copy.saveDraft(copy.sheet().with(5, 2, "Compact agreed with the VCFSE forum"), "sam", TUESDAY);
    assertEquals(1, lastYear.answer(Question.Q5).getRating(), "last year's is untouched");
    assertNull(new ReadinessAssessment(2026, null, "sam", TUESDAY).getCopiedFromYear());
    assertThrows(
        IllegalArgumentException.class,
        () -> new ReadinessAssessment(2024, lastYear, "sam", TUESDAY),
        "only from an earlier year");
  }
}
