package org.casebook.readiness;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.casebook.platform.RuleViolation;

/**
 * Which years a self-assessment can be for. Calendar years: "the 2026 self-assessment". This year's
 * is the usual one; an earlier year can be recorded too (a self-assessment done on paper before
 * Casebook), so that the first year in Casebook already has something to compare with. Never a year
 * still to come.
 */
public final class ReadinessYears {

  /** The earliest year taken: a floor against a mistyped year, well before any such assessment. */
  public static final int FIRST = 2010;

  /** How many earlier years the start page offers. */
  public static final int EARLIER_OFFERED = 5;

  private ReadinessYears() {}

  /** Refuses a year before {@link #FIRST} or after this one. Years are words, never "2,026". */
  public static void check(int year, int thisYear) {
    if (year < FIRST || year > thisYear) {
      throw new RuleViolation(
          "readiness.year.outOfRange", String.valueOf(FIRST), String.valueOf(thisYear));
    }
  }

  /** The earlier years offered for recording, newest first: the last few, less those taken. */
  public static List<Integer> earlierOffered(int thisYear, Collection<Integer> taken) {
    List<Integer> years = new ArrayList<>();
    for (int y = thisYear - 1; y >= Math.max(FIRST, thisYear - EARLIER_OFFERED); y--) {
      if (!taken.contains(y)) {
        years.add(y);
      }
    }
    return years;
  }
}
