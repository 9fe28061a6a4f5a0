package org.casebook.training.miti;

import java.util.Locale;

/** How a summary score stands against the MITI 4.2.1's thresholds. */
public enum Level {
  /** Below the "fair" threshold. */
  BELOW_FAIR,
  /** At or above "fair", below "good". */
  FAIR,
  /** At or above "good". */
  GOOD,
  /** The score cannot be worked out: no reflections for % complex, no questions for R:Q. */
  NO_DATA,
  /** A score the MITI gives no thresholds for (the two totals). */
  NO_THRESHOLD;

  public String getNameKey() {
    return "miti.level." + name().toLowerCase(Locale.ROOT);
  }
}
