package org.casebook.asset;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One session in a week: a day, and the time the asset opens and closes that day. A session closes
 * after it opens; a session that runs to midnight closes at 23:59.
 */
public record OpeningTime(DayOfWeek day, LocalTime opens, LocalTime closes)
    implements Comparable<OpeningTime> {

  public OpeningTime {
    Objects.requireNonNull(day);
    Objects.requireNonNull(opens);
    Objects.requireNonNull(closes);
    if (!closes.isAfter(opens)) {
      throw new IllegalArgumentException("closes before it opens");
    }
  }

  public boolean covers(LocalTime time) {
    return !time.isBefore(opens) && time.isBefore(closes);
  }

  @Override
  public int compareTo(OpeningTime o) {
    int byDay = day.compareTo(o.day);
    return byDay != 0 ? byDay : opens.compareTo(o.opens);
  }

  public DayOfWeek getDay() {
    return day;
  }

  public LocalTime getOpens() {
    return opens;
  }

  public LocalTime getCloses() {
    return closes;
  }
}
