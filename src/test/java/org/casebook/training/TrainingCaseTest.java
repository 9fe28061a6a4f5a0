package org.casebook.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.casebook.platform.FieldsRefused;
import org.casebook.platform.RuleViolation;
import org.junit.jupiter.api.Test;

class TrainingCaseTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final long PREPARER = 7;
  private static final long SECOND = 8;

  private static TrainingCase preparing() {
    Snapshot s = new Snapshot();
    Section what =
        new Section(
            "whatMatters",
            "training.section.whatMatters",
            null,
            "Joan wants to get back to the allotment on Tuesdays.",
            true);
    what.getReplacements().add(new Mark(0, 4, "KNOWN_NAME"));
    what.getFlags().add(new Mark(36, 45, "rare"));
    s.getSections().add(what);
    return new TrainingCase(1L, s, EnumSet.of(Theme.STRENGTHS), PREPARER, NOW);
  }

  private static TrainingCase.Review review(String title, Set<Theme> themes, String what) {
    return new TrainingCase.Review(
        title,
        themes,
        "Allotments, First visit, allotments",
        "Look at her words.",
        what == null ? Map.of() : Map.of("whatMatters", what));
  }

  @Test
  void theReviewKeepsDetailsAndChangedWordsWithTheirHighlights() {
    TrainingCase tc = preparing();
    tc.keep(
        review(
            "Back to the garden",
            EnumSet.of(Theme.MI),
            "Joan wants to get back to gardening. Joan says it keeps her going."));

    assertEquals("Back to the garden", tc.getTitle());
    assertEquals(Set.of(Theme.MI), tc.getThemes());
    assertEquals("allotments, first visit", tc.getTags(), "tags lower case, each once");
    Section s = tc.getSnapshot().section("whatMatters");
    assertTrue(s.isEdited());
    assertEquals(2, s.getReplacements().size(), "the pseudonym is marked wherever it now stands");
    assertTrue(s.getFlags().isEmpty(), "the flagged word was taken out");
  }

  @Test
  void submittingNeedsATitleAThemeAndTheCheck() {
    TrainingCase tc = preparing();
    tc.keep(review(" ", EnumSet.noneOf(Theme.class), null));
    FieldsRefused refused = assertThrows(FieldsRefused.class, () -> tc.submit(false, NOW));
    assertEquals(Set.of("title", "themes", "checked"), refused.problems().keySet());
    assertEquals(CaseStatus.PREPARING, tc.getStatus());
  }

  @Test
  void aSecondTrainerApprovesNeverTheFirst() {
    TrainingCase tc = preparing();
    tc.keep(review("Back to the garden", EnumSet.of(Theme.MI), null));
    tc.submit(true, NOW);
    RuleViolation own = assertThrows(RuleViolation.class, () -> tc.approve(PREPARER, true, NOW));
    assertEquals("training.case.ownApproval", own.messageKey());
    assertThrows(FieldsRefused.class, () -> tc.approve(SECOND, false, NOW));
    tc.approve(SECOND, true, NOW);
    assertEquals(CaseStatus.APPROVED, tc.getStatus());
    assertEquals(SECOND, tc.getApprovedBy());
  }

  @Test
  void anApprovedCaseIsFixedAndCanOnlyBeWithdrawn() {
    TrainingCase tc = preparing();
    tc.keep(review("Back to the garden", EnumSet.of(Theme.MI), null));
    tc.submit(true, NOW);
    tc.approve(SECOND, true, NOW);
    assertThrows(RuleViolation.class, () -> tc.keep(review("Changed", EnumSet.of(Theme.MI), "x")));
    assertThrows(RuleViolation.class, tc::discard);
    tc.withdraw(PREPARER, NOW);
    assertEquals(CaseStatus.WITHDRAWN, tc.getStatus());
    assertThrows(RuleViolation.class, () -> tc.withdraw(PREPARER, NOW));
  }

  @Test
  void sentBackItCanBeChangedAndSubmittedAgain() {
    TrainingCase tc = preparing();
    tc.keep(review("Back to the garden", EnumSet.of(Theme.MI), null));
    tc.submit(true, NOW);
    assertThrows(RuleViolation.class, () -> tc.sendBack(PREPARER));
    tc.sendBack(SECOND);
    assertEquals(CaseStatus.PREPARING, tc.getStatus());
    tc.keep(review("Back to the garden", EnumSet.of(Theme.MI), "Joan wants to get out more."));
    tc.submit(true, NOW);
    assertEquals(CaseStatus.SUBMITTED, tc.getStatus());
  }

  @Test
  void tooLongIsRefusedBesideTheField() {
    TrainingCase tc = preparing();
    FieldsRefused refused =
        assertThrows(
            FieldsRefused.class,
            () ->
                tc.keep(
                    review(
                        "x".repeat(201),
                        EnumSet.of(Theme.MI),
                        "y".repeat(TrainingCase.SECTION_MAX + 1))));
    assertEquals(Set.of("title", "section:whatMatters"), refused.problems().keySet());
  }
}
