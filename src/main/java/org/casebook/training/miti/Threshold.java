package org.casebook.training.miti;

import java.util.Objects;
import java.util.Optional;

/**
 * A summary score's "fair" and "good" thresholds, compared exactly: a score equal to a threshold
 * meets it.
 */
public record Threshold(Fraction fair, Fraction good) {

  public Threshold {
    Objects.requireNonNull(fair, "fair");
    Objects.requireNonNull(good, "good");
    if (good.compareTo(fair) < 0) {
      throw new IllegalArgumentException("good below fair");
    }
  }

  /** GOOD at or above good, FAIR at or above fair, else BELOW_FAIR; NO_DATA for no score. */
  public Level levelOf(Optional<Fraction> score) {
    if (score.isEmpty()) {
      return Level.NO_DATA;
    }
    if (score.get().atLeast(good)) {
      return Level.GOOD;
    }
    return score.get().atLeast(fair) ? Level.FAIR : Level.BELOW_FAIR;
  }

  public Fraction getFair() {
    return fair;
  }

  public Fraction getGood() {
    return good;
  }
}
