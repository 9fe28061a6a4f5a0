package org.casebook.practice;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the practice culture dashboard shows: a trend of 12, 24 or 36 months ending with a month
 * (the current one unless another is chosen), for the whole council, one team, or one worker in a
 * team. Records count in the month they were signed; audits in the month of the records audited.
 *
 * @param months how many months the trend shows
 * @param end the last month shown
 * @param teamId the team, or null for every team
 * @param workerId the worker, or null for every worker
 */
public record CultureFilter(int months, YearMonth end, Long teamId, Long workerId) {

  /** The lengths of trend offered. */
  public static final List<Integer> LENGTHS = List.of(12, 24, 36);

  /** Two years: long enough to see a change, and to compare a year with the one before. */
  public static final int DEFAULT_MONTHS = 24;

  /** How many months back the last month shown may be chosen. */
  public static final int END_MONTHS_BACK = 36;

  /** The year's change compares the last 12 months shown with the 12 before them. */
  public static final int YEAR = 12;

  public CultureFilter {
    Objects.requireNonNull(end);
    if (!LENGTHS.contains(months)) {
      throw new IllegalArgumentException("a trend is 12, 24 or 36 months, not " + months);
    }
  }

  /** The first month shown. */
  public YearMonth first() {
    return end.minusMonths(months - 1L);
  }

  /** The first month counted: at least two years back, for the year's change. */
  public YearMonth firstCounted() {
    return end.minusMonths(Math.max(months, 2 * YEAR) - 1L);
  }

  /** Every month shown, oldest first. */
  public List<YearMonth> shown() {
    List<YearMonth> shown = new ArrayList<>(months);
    for (YearMonth m = first(); !m.isAfter(end); m = m.plusMonths(1)) {
      shown.add(m);
    }
    return shown;
  }

  public CultureFilter withTeam(Long team) {
    return new CultureFilter(months, end, team, workerId);
  }

  public CultureFilter withWorker(Long worker) {
    return new CultureFilter(months, end, teamId, worker);
  }

  /** What the figures are broken down by: each team, each worker of one team, or nothing more. */
  public By by() {
    if (teamId == null) {
      return By.TEAM;
    }
    return workerId == null ? By.WORKER : By.NONE;
  }

  /** What each row of the breakdown is. */
  public enum By {
    TEAM,
    WORKER,
    NONE
  }
}
