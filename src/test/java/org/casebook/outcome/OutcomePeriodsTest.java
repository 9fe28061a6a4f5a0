package org.casebook.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutcomePeriodsTest {

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  void quartersAreThoseOfTheFinancialYearAsInTheNationalReturn() {
    assertEquals(new ReportingQuarter(2026, 1), ReportingQuarter.containing(d(2026, 4, 1)));
    assertEquals(new ReportingQuarter(2026, 1), ReportingQuarter.containing(d(2026, 6, 30)));
    assertEquals(new ReportingQuarter(2026, 2), ReportingQuarter.containing(d(2026, 7, 1)));
    assertEquals(new ReportingQuarter(2026, 3), ReportingQuarter.containing(d(2026, 11, 23)));
    assertEquals(new ReportingQuarter(2026, 3), ReportingQuarter.containing(d(2026, 12, 31)));
    // January to March belongs to the financial year that began the April before.
    assertEquals(new ReportingQuarter(2025, 4), ReportingQuarter.containing(d(2026, 1, 1)));
    assertEquals(new ReportingQuarter(2025, 4), ReportingQuarter.containing(d(2026, 3, 31)));

    ReportingQuarter q3 = new ReportingQuarter(2026, 3);
    assertEquals(d(2026, 10, 1), q3.start());
    assertEquals(d(2026, 12, 31), q3.end());
    ReportingQuarter q4 = new ReportingQuarter(2026, 4);
    assertEquals(d(2027, 1, 1), q4.start());
    assertEquals(d(2027, 3, 31), q4.end());
    assertEquals(d(2026, 4, 1), new ReportingQuarter(2026, 1).start());
    assertEquals(d(2026, 6, 30), new ReportingQuarter(2026, 1).end());
    assertEquals(new ReportingQuarter(2025, 4), new ReportingQuarter(2026, 1).previous());
    assertEquals(new ReportingQuarter(2026, 2), q3.previous());
    assertEquals("2026-27 Q3", q3.label());
    assertEquals("1999-00", ReportingQuarter.financialYear(1999));
    assertEquals(
        new Period(d(2026, 4, 1), d(2027, 3, 31)), q3.financialYearPeriod(), "the whole year");
  }

  @Test
  void aQuarterFromTheAddressIsAYearAndAQuarterOrNothing() {
    assertEquals(Optional.of(new ReportingQuarter(2026, 3)), ReportingQuarter.parse("2026", "3"));
    assertEquals(
        Optional.of(new ReportingQuarter(2026, 3)), ReportingQuarter.parse(" 2026 ", " 3 "));
    assertTrue(ReportingQuarter.parse("2026", "5").isEmpty());
    assertTrue(ReportingQuarter.parse("2026", "0").isEmpty());
    assertTrue(ReportingQuarter.parse("26", "1").isEmpty(), "two-digit years are refused");
    assertTrue(ReportingQuarter.parse("twenty", "1").isEmpty());
    assertTrue(ReportingQuarter.parse(null, "1").isEmpty());
    assertTrue(ReportingQuarter.parse("2026", null).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> new ReportingQuarter(2026, 5));
  }

  @Test
  void presetsCoverTheDaysTheirNamesSay() {
    LocalDate today = d(2026, 11, 23);
    assertEquals(
        new Period(d(2025, 11, 24), d(2026, 11, 23)), PeriodChoice.LAST_12_MONTHS.on(today));
    assertEquals(new Period(d(2026, 10, 1), d(2026, 12, 31)), PeriodChoice.THIS_QUARTER.on(today));
    assertEquals(new Period(d(2026, 7, 1), d(2026, 9, 30)), PeriodChoice.LAST_QUARTER.on(today));
    assertEquals(new Period(d(2026, 4, 1), d(2027, 3, 31)), PeriodChoice.THIS_YEAR.on(today));
    // Early in the calendar year, "this year" is the financial year that began last April.
    LocalDate february = d(2027, 2, 10);
    assertEquals(new Period(d(2026, 4, 1), d(2027, 3, 31)), PeriodChoice.THIS_YEAR.on(february));
    assertEquals(
        new Period(d(2026, 10, 1), d(2026, 12, 31)), PeriodChoice.LAST_QUARTER.on(february));
    // A leap day a year on.
    assertEquals(
        new Period(d(2027, 3, 1), d(2028, 2, 29)), PeriodChoice.LAST_12_MONTHS.on(d(2028, 2, 29)));
    assertThrows(IllegalStateException.class, () -> PeriodChoice.DATES.on(today));
    assertEquals(Optional.of(PeriodChoice.THIS_QUARTER), PeriodChoice.of("thisQuarter"));
    assertTrue(PeriodChoice.of("THISQUARTER").isEmpty());
  }

  @Test
  void aPeriodIncludesBothEnds() {
    Period p = new Period(d(2026, 4, 1), d(2026, 4, 30));
    assertTrue(p.contains(d(2026, 4, 1)));
    assertTrue(p.contains(d(2026, 4, 30)));
    assertFalse(p.contains(d(2026, 3, 31)));
    assertFalse(p.contains(d(2026, 5, 1)));
    assertEquals("1 April 2026 to 30 April 2026", p.shown());
    assertThrows(IllegalArgumentException.class, () -> new Period(d(2026, 4, 2), d(2026, 4, 1)));
    assertTrue(new Period(d(2026, 4, 1), d(2026, 4, 1)).contains(d(2026, 4, 1)), "one day");
  }
}
