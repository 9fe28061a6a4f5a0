package org.casebook.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpeningHoursTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "10:00-12:00|10:00–12:00",
        "10.00 – 12.00|10:00–12:00",
        "10 to 12|10:00–12:00",
        "10am-2pm|10:00–14:00",
        "2-4pm|14:00–16:00",
        "11-1pm|11:00–13:00",
        "9:30-12:00, 13:30-16:00|09:30–12:00, 13:30–16:00",
        "13:30-16:00 and 9:30-12:00|09:30–12:00, 13:30–16:00",
        "19:00-24:00|19:00–23:59",
        "12pm-1pm|12:00–13:00",
      })
  void readsTimesAsPeopleWriteThem(String typed, String expected) {
    OpeningHours.Parsed parsed = OpeningHours.parseDay(DayOfWeek.SATURDAY, typed);
    assertTrue(parsed.ok(), parsed.problem());
    assertEquals(expected, OpeningHours.formatDay(parsed.sessions()));
    assertTrue(parsed.sessions().stream().allMatch(s -> s.day() == DayOfWeek.SATURDAY));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "mornings|asset.opening.unreadable",
        "10:00|asset.opening.unreadable",
        "25:00-26:00|asset.opening.unreadable",
        "10:75-11:00|asset.opening.unreadable",
        "13am-2pm|asset.opening.unreadable",
        "14:00-10:00|asset.opening.closesBeforeOpens",
        "10:00-10:00|asset.opening.closesBeforeOpens",
        "10:00-12:00, 11:00-13:00|asset.opening.overlap",
      })
  void saysWhatIsWrongWithUnreadableTimes(String typed, String problem) {
    OpeningHours.Parsed parsed = OpeningHours.parseDay(DayOfWeek.MONDAY, typed);
    assertFalse(parsed.ok());
    assertEquals(problem, parsed.problem());
    assertTrue(parsed.sessions().isEmpty());
  }

  @Test
  void blankOrClosedMeansNoSessions() {
    assertTrue(OpeningHours.parseDay(DayOfWeek.MONDAY, "  ").sessions().isEmpty());
    assertTrue(OpeningHours.parseDay(DayOfWeek.MONDAY, "Closed").ok());
    assertTrue(OpeningHours.parseDay(DayOfWeek.MONDAY, null).ok());
  }

  @Test
  void knowsWhichDaysAndTimesItIsOpen() {
    OpeningHours hours =
        new OpeningHours(
            List.of(
                new OpeningTime(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)),
                new OpeningTime(DayOfWeek.TUESDAY, LocalTime.of(13, 0), LocalTime.of(15, 30))));
    assertTrue(hours.isOpenOn(DayOfWeek.SATURDAY));
    assertTrue(hours.isOpenOn(DayOfWeek.TUESDAY));
    assertFalse(hours.isOpenOn(DayOfWeek.SUNDAY));
    // 2026-11-28 is a Saturday.
    assertTrue(hours.isOpenAt(LocalDateTime.of(2026, 11, 28, 10, 0)));
    assertTrue(hours.isOpenAt(LocalDateTime.of(2026, 11, 28, 11, 59)));
    assertFalse(hours.isOpenAt(LocalDateTime.of(2026, 11, 28, 12, 0)), "closed at closing time");
    assertFalse(hours.isOpenAt(LocalDateTime.of(2026, 11, 28, 9, 59)));
    assertEquals(DayOfWeek.TUESDAY, hours.times().get(0).day(), "kept in weekday order");
    assertEquals("13:00–15:30", hours.byDay().get(DayOfWeek.TUESDAY));
    assertFalse(hours.byDay().containsKey(DayOfWeek.MONDAY));
  }
}
