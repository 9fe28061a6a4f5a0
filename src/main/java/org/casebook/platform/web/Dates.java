package org.casebook.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.casebook.platform.UkDates;

/** Dates and times on pages, the UK way and in UK time: "27 March 1948", "3 May 2026, 14:05". */
@Named
@ApplicationScoped
public class Dates {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  @Inject Clock clock;

  public String show(LocalDate date) {
    return UkDates.show(date);
  }

  public String showInstant(Instant instant) {
    return instant == null ? "" : WHEN.format(instant.atZone(clock.getZone()));
  }

  /** A time today, for "saved at 14:05". */
  public String showTime(Instant instant) {
    return instant == null ? "" : TIME.format(instant.atZone(clock.getZone()));
  }

  /** A month as people say it: "October 2026". */
  public String month(java.time.YearMonth month) {
    return month == null ? "" : MONTH.format(month);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
