package org.casebook.outcome;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The periods offered on the dashboard. Quarters and years are the council's financial ones (April
 * to March), as in the Client Level Data return.
 */
public enum PeriodChoice {
  /** The 12 months up to and including today (the default). */
  LAST_12_MONTHS("last12"),
  /** The financial quarter today is in, to its end. */
  THIS_QUARTER("thisQuarter"),
  /** The financial quarter before. */
  LAST_QUARTER("lastQuarter"),
  /** The financial year today is in: 1 April to 31 March. */
  THIS_YEAR("thisYear"),
  /** Dates typed by the user. */
  DATES("dates");

  private final String parameter;

  PeriodChoice(String parameter) {
    this.parameter = parameter;
  }

  /** The value in the page's address (?period=…). */
  public String parameter() {
    return parameter;
  }

  public String getParameter() {
    return parameter;
  }

  public String getMessageKey() {
    return "outcomes.period." + parameter;
  }

  public static Optional<PeriodChoice> of(String parameter) {
    return Arrays.stream(values()).filter(c -> c.parameter.equals(parameter)).findFirst();
  }

  /** The days a preset covers on a given day; DATES has none of its own. */
  public Period on(LocalDate today) {
    ReportingQuarter quarter = ReportingQuarter.containing(today);
    return switch (this) {
      case LAST_12_MONTHS -> Period.twelveMonthsTo(today);
      case THIS_QUARTER -> quarter.period();
      case LAST_QUARTER -> quarter.previous().period();
      case THIS_YEAR -> quarter.financialYearPeriod();
      case DATES -> throw new IllegalStateException("typed dates have no period of their own");
    };
  }
}
