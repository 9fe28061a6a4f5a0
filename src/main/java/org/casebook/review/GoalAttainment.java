package org.casebook.review;

import java.util.List;

/**
 * Goal Attainment Scaling: the T-score of Kiresuk and Sherman (1968) from the levels reached on a
 * person's goals. Each goal is scored −2 (much less than expected) to +2 (much more than expected),
 * 0 being the expected outcome, and weighted by how much it matters to the person.
 *
 * <p>T = 50 + 10 Σwᵢxᵢ / √((1 − ρ) Σwᵢ² + ρ (Σwᵢ)²), with ρ = 0.3, the correlation between goal
 * scores the method assumes. T is 50 when every goal came out as expected, and has a standard
 * deviation of about 10.
 */
public final class GoalAttainment {

  /** The assumed correlation between the scores of a person's goals. */
  public static final double RHO = 0.3;

  public static final int LOWEST = -2;
  public static final int HIGHEST = 2;

  private GoalAttainment() {}

  /** One goal as reviewed: its weight (1 or more) and the level reached (−2 to +2). */
  public record Scored(int weight, int level) {
    public Scored {
      if (weight < 1) {
        throw new IllegalArgumentException("a goal's weight is 1 or more");
      }
      if (level < LOWEST || level > HIGHEST) {
        throw new IllegalArgumentException("a level is from -2 to +2");
      }
    }

    /** An unweighted goal (weight 1). */
    public static Scored of(int level) {
      return new Scored(1, level);
    }
  }

  /** The T-score of the goals; at least one goal is needed. */
  public static double tScore(List<Scored> goals) {
    if (goals.isEmpty()) {
      throw new IllegalArgumentException("a T-score needs at least one goal");
    }
    double weighted = 0;
    double sumOfSquares = 0;
    double sum = 0;
    for (Scored g : goals) {
      weighted += g.weight() * (double) g.level();
      sumOfSquares += g.weight() * (double) g.weight();
      sum += g.weight();
    }
    return 50 + 10 * weighted / Math.sqrt((1 - RHO) * sumOfSquares + RHO * sum * sum);
  }

  /** The T-score as shown to people: one decimal place. */
  public static String shown(double tScore) {
    return String.format(java.util.Locale.UK, "%.1f", tScore);
  }
}
