package org.casebook.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casebook.contact.ResolutionRoute;
import org.junit.jupiter.api.Test;

class ReviewTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private static Review review(List<ReviewGoal> goals, List<ReviewAsset> assets) {
    return new Review(
        new Review.Subject(1, 2, 3, 4, "Hillside"),
        TODAY,
        goals,
        new Khi(5, 7, 8),
        null,
        new Khi(2, 3, null),
        assets,
        null,
        "sam",
        Instant.EPOCH);
  }

  @Test
  void theReviewKeepsItsTScoreAndWhetherEveryGoalWasMet() {
    Review r =
        review(
            List.of(
                new ReviewGoal("a", "Get to the garden", 2, 1, null),
                new ReviewGoal("b", "See my sister", 1, 0, "Most weeks")),
            List.of());
    // T = 50 + 10 (2·1 + 1·0) / √(0.7 (4 + 1) + 0.3 (3)²) = 50 + 20 / √6.2 = 58.03
    assertEquals(58.03, r.getTScore(), 0.005);
    assertEquals("58.0", r.getScoreShown());
    assertTrue(r.isGoalsMet());
  }

  @Test
  void aGoalBelowExpectedMeansNotEveryGoalWasMet() {
    Review r = review(List.of(new ReviewGoal("a", "x", 1, -1, null)), List.of());
    assertFalse(r.isGoalsMet());
    // One goal: T = 50 + 10 · (−1) / √(0.7 · 1 + 0.3 · 1) = 40
    assertEquals("40.0", r.getScoreShown());
  }

  @Test
  void assetsStillInUseAreCounted() {
    Review r =
        review(
            List.of(new ReviewGoal("a", "x", 1, 0, null)),
            List.of(new ReviewAsset(7, true), new ReviewAsset(8, false), new ReviewAsset(9, true)));
    assertEquals(2, r.getAssetsInUse());
  }

  @Test
  void keyHumanIndicatorChangesNeedBothReadings() {
    Review r = review(List.of(new ReviewGoal("a", "x", 1, 0, null)), List.of());
    assertEquals(3, Khi.change(r.firstKhi().people(), r.khi().people()));
    assertEquals(4, Khi.change(r.firstKhi().control(), r.khi().control()));
    assertEquals(null, Khi.change(r.firstKhi().connected(), r.khi().connected()));
  }

  @Test
  void aResolvedReviewNeedsRouteJudgementAndReasonButNotASecondDate() {
    var details =
        new ReviewDetails(
            "23 11 2026",
            List.of(new ReviewDetails.GoalReached("a", null, null)),
            null,
            11,
            null,
            null,
            Set.of(),
            null,
            true,
            null,
            null,
            " ");
    var problems = details.problems(TODAY);
    assertEquals(
        List.of("goals:0:level", "khiControl", "route", "sustainable", "reason"),
        List.copyOf(problems.keySet()));
    var fine =
        new ReviewDetails(
            "23 11 2026",
            List.of(new ReviewDetails.GoalReached("a", 0, null)),
            null,
            null,
            null,
            null,
            Set.of(),
            null,
            true,
            ResolutionRoute.COMMUNITY_ASSET,
            true,
            "Goes to the garden every Saturday");
    assertTrue(fine.problems(TODAY).isEmpty());
  }
}
