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

  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
