package org.casebook.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.casebook.review.GoalAttainment.Scored;
import org.junit.jupiter.api.Test;

class GoalAttainmentTest {

  private static double t(Scored... goals) {
    return GoalAttainment.tScore(List.of(goals));
  }

  @Test
  void oneGoal() {
    // Denominator √(0.7 × 1 + 0.3 × 1) = 1.
    assertEquals(50.0, t(Scored.of(0)), 1e-9);
    assertEquals(60.0, t(Scored.of(1)), 1e-9);
    assertEquals(30.0, t(Scored.of(-2)), 1e-9);
    assertEquals(70.0, t(new Scored(3, 2)), 1e-9, "one goal's weight cancels out");
  }

  @Test
  void twoUnweightedGoals() {
    // 50 + 10 × 2 / √(0.7 × 2 + 0.3 × 4) = 50 + 20 / √2.6 = 62.4035
    assertEquals(62.4035, t(Scored.of(1), Scored.of(1)), 1e-4);
    assertEquals(50.0, t(Scored.of(2), Scored.of(-2)), 1e-9);
  }

  @Test
  void threeWeightedGoals() {
    // Σwx = 0 + 2 − 3 = −1; Σw² = 14; (Σw)² = 36; 50 − 10 / √(9.8 + 10.8) = 47.7967
    assertEquals(47.7967, t(new Scored(1, 0), new Scored(2, 1), new Scored(3, -1)), 1e-4);
  }

  @Test
  void fourAndFiveGoals() {
    // 4 unweighted, levels 1, 0, 0, −1: Σwx = 0, so 50.
    assertEquals(50.0, t(Scored.of(1), Scored.of(0), Scored.of(0), Scored.of(-1)), 1e-9);
    // 5 goals, weights 2, 1, 1, 1, 1, levels +1 each: Σwx = 6; Σw² = 8; (Σw)² = 36;
    // 50 + 60 / √(5.6 + 10.8) = 50 + 60 / 4.04969 = 64.8160
    assertEquals(
        64.8160, t(new Scored(2, 1), Scored.of(1), Scored.of(1), Scored.of(1), Scored.of(1)), 1e-4);
  }

  @Test
  void sixGoalsAtTheExtremes() {
    List<Scored> best = Collections.nCopies(6, Scored.of(2));
    List<Scored> worst = Collections.nCopies(6, Scored.of(-2));
    // 50 ± 10 × 12 / √(0.7 × 6 + 0.3 × 36) = 50 ± 120 / √15 = 50 ± 30.9839
    assertEquals(80.9839, GoalAttainment.tScore(best), 1e-4);
    assertEquals(19.0161, GoalAttainment.tScore(worst), 1e-4);
    assertEquals("81.0", GoalAttainment.shown(GoalAttainment.tScore(best)));
  }

  @Test
  void refusesWhatIsNotAGoalAttainmentScore() {
    assertThrows(IllegalArgumentException.class, () -> GoalAttainment.tScore(List.of()));
    assertThrows(IllegalArgumentException.class, () -> Scored.of(3));
    assertThrows(IllegalArgumentException.class, () -> new Scored(0, 1));
  }

  @Property
  void everyGoalAsExpectedIsFiftyAndBetterIsHigher(
      @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 5) Integer> weights,
      @ForAll @IntRange(min = 0, max = 5) int which) {
    List<Scored> expected = weights.stream().map(w -> new Scored(w, 0)).toList();
    assertEquals(50.0, GoalAttainment.tScore(expected), 1e-9);
    int i = which % weights.size();
    List<Scored> better =
        java.util.stream.IntStream.range(0, weights.size())
            .mapToObj(k -> new Scored(weights.get(k), k == i ? 1 : 0))
            .toList();
    assertTrue(GoalAttainment.tScore(better) > 50.0);
  }
}
