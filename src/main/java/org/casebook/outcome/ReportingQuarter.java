package org.casebook.outcome;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A quarter of the financial year, as the national Client Level Data return counts them: Q1 is
 * April to June, Q2 July to September, Q3 October to December and Q4 January to March of the next
 * calendar year.
 *
 * @param year the calendar year the financial year begins in: 2026 is April 2026 to March 2027
 * @param quarter 1 to 4
 */
public record ReportingQuarter(int year, int quarter) {

  public static final int EARLIEST_YEAR = 2000;
  public static final int LATEST_YEAR = 2100;

  public ReportingQuarter {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("a quarter is 1 to 4");
    }
    if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
      throw new IllegalArgumentException("a financial year from 2000 to 2100");
    }
  }

  /** The quarter a day falls in. */
  public static ReportingQuarter containing(LocalDate day) {
    int month = day.getMonthValue();
    return month >= 4
        ? new ReportingQuarter(day.getYear(), (month - 4) / 3 + 1)
        : new ReportingQuarter(day.getYear() - 1, 4);
  }

  /** A quarter as typed in an address ("2026", "3"), or empty if it is not one. */
  public static Optional<ReportingQuarter> parse(String year, String quarter) {
    try {
      int y = Integer.parseInt(year == null ? "" : year.strip());
      int q = Integer.parseInt(quarter == null ? "" : quarter.strip());
      if (q < 1 || q > 4 || y < EARLIEST_YEAR || y > LATEST_YEAR) {
        return Optional.empty();
      }
      return Optional.of(new ReportingQuarter(y, q));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  public LocalDate start() {
    return LocalDate.of(year, 4, 1).plusMonths(3L * (quarter - 1));
  }

  public LocalDate end() {
    return start().plusMonths(3).minusDays(1);
  }

  public ReportingQuarter previous() {
    return quarter == 1
        ? new ReportingQuarter(year - 1, 4)
        : new ReportingQuarter(year, quarter - 1);
  }

  /** The financial year it belongs to, as councils write it: "2026-27". */
  public String financialYear() {
    return financialYear(year);
  }

  public static String financialYear(int year) {
    return year + "-" + String.format("%02d", (year + 1) % 100);
  }

  /** "2026-27 Q3". */
  public String label() {
    return financialYear() + " Q" + quarter;
  }

  /** The whole financial year the quarter belongs to: 1 April to 31 March. */
  public Period financialYearPeriod() {
    return new Period(LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31));
  }

  public Period period() {
    return new Period(start(), end());
  }

  public int getYear() {
    return year;
  }

  public int getQuarter() {
    return quarter;
  }

  public String getLabel() {
    return label();
  }
}
