package org.casebook.outcome;

import java.time.LocalDate;
import java.util.Objects;
import org.casebook.platform.UkDates;

/** Days from one date to another, both included. */
public record Period(LocalDate from, LocalDate to) {

  public Period {
    Objects.requireNonNull(from);
    Objects.requireNonNull(to);
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a period ends on or after its first day");
    }
  }

  /** The 12 months up to and including the day: from the same day a year before, plus one. */
  public static Period twelveMonthsTo(LocalDate day) {
    return new Period(day.minusYears(1).plusDays(1), day);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  public LocalDate getFrom() {
    return from;
  }

  public LocalDate getTo() {
    return to;
  }

  /** "1 April 2026 to 30 June 2026". */
  public String shown() {
    return UkDates.show(from) + " to " + UkDates.show(to);
  }
}
