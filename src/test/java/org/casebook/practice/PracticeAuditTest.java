package org.casebook.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import org.casebook.platform.FieldsRefused;
import org.casebook.platform.RuleViolation;
import org.junit.jupiter.api.Test;

class PracticeAuditTest {

  private static final Instant NOW = Instant.parse("2026-11-03T10:00:00Z");

  private static PracticeAudit audit() {
    return new PracticeAudit(
        new PracticeAudit.Subject(10, 20, 1, 7, YearMonth.of(2026, 10)),
        AuditOrigin.SAMPLE,
        "jo.manager",
        NOW);
  }

  private static AuditForm complete() {
    Map<Principle, Integer> scores = new EnumMap<>(Principle.class);
    for (Principle p : Principle.values()) {
      scores.put(p, 3);
    }
    return new AuditForm(
        scores, Map.of(Principle.VOICE, "  Lovely use of Peggy's words.  "), "Thank you, Sam.");
  }

  @Test
  void aPartFilledFormIsSavedAndReadBack() {
    PracticeAudit a = audit();
    a.save(new AuditForm(Map.of(Principle.NETWORK, 2), Map.of(), null), 1);
    assertEquals(AuditStatus.STARTED, a.getStatus());
    assertEquals(2, a.form().scores().get(Principle.NETWORK));
    assertNull(a.form().scores().get(Principle.VOICE));
  }

  @Test
  void aScoreOutOfRangeOrTooLongCommentIsRefusedByField() {
    FieldsRefused refused =
        assertThrows(
            FieldsRefused.class,
            () ->
                audit()
                    .save(
                        new AuditForm(
                            Map.of(Principle.RISKS, 5),
                            Map.of(Principle.GOALS, "x".repeat(AuditForm.COMMENT_MAX + 1)),
                            null),
                        1));
    assertEquals(java.util.Set.of("score_risks", "comment_goals"), refused.problems().keySet());
  }

  @Test
  void sendingNeedsEveryScoreAndTheFeedback() {
    FieldsRefused refused =
        assertThrows(
            FieldsRefused.class,
            () ->
                audit()
                    .send(
                        new AuditForm(Map.of(Principle.VOICE, 4), Map.of(), " "),
                        1,
                        3,
                        NOW,
                        new PracticeAudit.Counts(100, 1)));
    assertEquals(7, refused.problems().size());
    assertEquals("practice.feedback.required", refused.problems().get("feedback").messageKey());
  }

  @Test
  void onceSentTheScoresAreKeptAndTheResponseClosesIt() {
    PracticeAudit a = audit();
    a.send(complete(), 2, 3, NOW, new PracticeAudit.Counts(120, 2));
    assertEquals(AuditStatus.WITH_WORKER, a.getStatus());
    assertEquals("Lovely use of Peggy's words.", a.form().comments().get(Principle.VOICE));
    assertEquals(2, a.getRevision());
    assertEquals(120, a.getWords());
    RuleViolation again = assertThrows(RuleViolation.class, () -> a.save(complete(), 2));
    assertEquals("practice.sent", again.getMessage());
    assertThrows(FieldsRefused.class, () -> a.respond("  ", NOW));
    a.respond("Thanks Jo - I'll ask about the allotment next time.", NOW);
    assertEquals(AuditStatus.CLOSED, a.getStatus());
    assertThrows(RuleViolation.class, () -> a.respond("Another thought", NOW));
  }

  @Test
  void noResponseBeforeTheFeedback() {
    assertThrows(RuleViolation.class, () -> audit().respond("Thanks", NOW));
  }
}
