package org.casebook.contact;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a resolution lasted. Casebook suggests "sustainable" when every goal reviewed was met
 * (reached its expected level, 0, or better) and the person has not come back: no new request began
 * within the window after the resolution. Later, a resolution judged sustainable that is followed
 * by a request within the window is flagged, so the judgement can be looked at again.
 */
public final class Sustainability {

  private Sustainability() {}

  /**
   * Every goal reached its expected level (0) or better, given the levels reached (−2 to +2), and
   * there was at least one goal.
   */
  public static boolean goalsMet(List<Integer> levels) {
    return !levels.isEmpty() && levels.stream().allMatch(l -> l != null && l >= 0);
  }

  /** A request began on or after the resolution and within the window after it. */
  public static boolean cameBack(
      LocalDate resolvedOn, List<LocalDate> requestsBegan, int windowMonths) {
    LocalDate end = resolvedOn.plusMonths(windowMonths);
    return requestsBegan.stream().anyMatch(d -> !d.isBefore(resolvedOn) && !d.isAfter(end));
  }

  /** What Casebook suggests the worker records. */
  public static boolean suggested(
      List<Integer> levels, LocalDate resolvedOn, List<LocalDate> requestsBegan, int windowMonths) {
    return goalsMet(levels) && !cameBack(resolvedOn, requestsBegan, windowMonths);
  }

  /** A resolution judged sustainable that the person came back from within the window. */
  public static boolean flagged(
      boolean judgedSustainable,
      LocalDate resolvedOn,
      List<LocalDate> requestsBegan,
      int windowMonths) {
    return judgedSustainable && cameBack(resolvedOn, requestsBegan, windowMonths);
  }
}
