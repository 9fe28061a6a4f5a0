package org.casebook.contact;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SustainabilityTest {

  private static final LocalDate RESOLVED = LocalDate.parse("2026-03-31");
  private static final List<Integer> MET = List.of(0, 1);
  private static final List<Integer> MISSED = List.of(0, -1);

  @Test
  void suggestedWhenTheGoalsWereMetAndNobodyCameBack() {
    assertTrue(Sustainability.suggested(MET, RESOLVED, List.of(), 3));
    assertFalse(Sustainability.suggested(MISSED, RESOLVED, List.of(), 3), "a goal was missed");
    assertFalse(Sustainability.suggested(List.of(), RESOLVED, List.of(), 3), "no goals");
    assertFalse(
        Sustainability.suggested(MET, RESOLVED, List.of(LocalDate.parse("2026-06-30")), 3),
        "came back within three months");
  }

  @Test
  void theWindowCountsBothEndsAndOnlyWhatCameAfter() {
    assertTrue(Sustainability.cameBack(RESOLVED, List.of(LocalDate.parse("2026-06-30")), 3));
    assertFalse(Sustainability.cameBack(RESOLVED, List.of(LocalDate.parse("2026-07-01")), 3));
    assertTrue(Sustainability.cameBack(RESOLVED, List.of(RESOLVED), 3), "the same day");
    assertFalse(
        Sustainability.cameBack(RESOLVED, List.of(LocalDate.parse("2026-03-30")), 3),
        "a request before the resolution is not coming back");
    assertTrue(Sustainability.cameBack(RESOLVED, List.of(LocalDate.parse("2027-03-31")), 12));
  }

  @Test
  void aSustainableJudgementIsFlaggedWhenThePersonCameBack() {
    List<LocalDate> later = List.of(LocalDate.parse("2026-05-15"));
    assertTrue(Sustainability.flagged(true, RESOLVED, later, 3));
    assertFalse(Sustainability.flagged(false, RESOLVED, later, 3), "not judged sustainable");
    assertFalse(Sustainability.flagged(true, RESOLVED, List.of(), 3));
  }
}
