package org.casebook.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UkDatesTest {

  private static final LocalDate BIRTHDAY = LocalDate.of(1948, 3, 27);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "27 3 1948",
        "27/03/1948",
        "27-3-1948",
        "27.03.1948",
        "27 March 1948",
        "27 march 1948",
        "27 MARCH 1948",
        "27 mar 1948",
        "27 Mar 1948",
        "27/3/1948",
        "27 / 3 / 1948",
        "  27 3 1948  ",
        "1948-03-27",
        "1948-3-27"
      })
  void readsTheWaysPeopleInTheUkTypeADate(String typed) {
    assertEquals(Optional.of(BIRTHDAY), UkDates.parse(typed));
  }

  @Test
  void theDayComesFirst() {
    assertEquals(Optional.of(LocalDate.of(2020, 4, 3)), UkDates.parse("3 4 2020"));
    assertEquals(Optional.of(LocalDate.of(2020, 4, 3)), UkDates.parse("03/04/2020"));
  }

  @ParameterizedTest
  @CsvSource({
    "1 jan 2000, 2000-01-01",
    "1 February 2000, 2000-02-01",
    "1 apr 2000, 2000-04-01",
    "1 May 2000, 2000-05-01",
    "1 june 2000, 2000-06-01",
    "1 July 2000, 2000-07-01",
    "1 aug 2000, 2000-08-01",
    "1 Sept 2000, 2000-09-01",
    "1 September 2000, 2000-09-01",
    "1 oct 2000, 2000-10-01",
    "1 Nov 2000, 2000-11-01",
    "31 December 2000, 2000-12-31"
  })
  void readsEveryMonthByName(String typed, LocalDate expected) {
    assertEquals(Optional.of(expected), UkDates.parse(typed));
  }

  @Test
  void readsTheTwentyNinthOfFebruaryOnlyInALeapYear() {
    assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), UkDates.parse("29 2 2024"));
    assertEquals(Optional.empty(), UkDates.parse("29 2 2023"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "hello",
        "31 2 2020",
        "31/04/2020",
        "2020-02-30",
        "27 3 48",
        "27/03/48",
        "0 3 1948",
        "27 0 1948",
        "27 13 1948",
        "32 1 1948",
        "27 Smarch 1948",
        "27 3",
        "1948",
        "3 27 1948",
        "27 3 1948 10:00",
        "27th March 1948",
        "1948/03/27",
        "19480327"
      })
  void refusesAnythingThatIsNotARealDate(String typed) {
    assertEquals(Optional.empty(), UkDates.parse(typed));
  }

  @Test
  void showsADateAsPeopleReadIt() {
    assertEquals("27 March 1948", UkDates.show(BIRTHDAY));
    assertEquals("1 September 2000", UkDates.show(LocalDate.of(2000, 9, 1)));
    assertEquals("", UkDates.show(null));
  }

  @Test
  void givesADateForEditingInTheFormItIsTyped() {
    assertEquals("27 3 1948", UkDates.forInput(BIRTHDAY));
    assertEquals("1 12 2000", UkDates.forInput(LocalDate.of(2000, 12, 1)));
    assertEquals("", UkDates.forInput(null));
  }

  @Test
  void whatIsShownReadsBackAsTheSameDate() {
    assertEquals(Optional.of(BIRTHDAY), UkDates.parse(UkDates.show(BIRTHDAY)));
    assertEquals(Optional.of(BIRTHDAY), UkDates.parse(UkDates.forInput(BIRTHDAY)));
  }

  @org.junit.jupiter.api.Test
  void aWordThatOnlyStartsLikeAMonthIsNotAMonth() {
    org.junit.jupiter.api.Assertions.assertTrue(UkDates.parse("27 Junk 1948").isEmpty());
    org.junit.jupiter.api.Assertions.assertTrue(UkDates.parse("27 Marzipan 1948").isEmpty());
    org.junit.jupiter.api.Assertions.assertEquals(
        java.time.LocalDate.of(1948, 9, 27), UkDates.parse("27 Sept 1948").orElseThrow());
    org.junit.jupiter.api.Assertions.assertEquals(
        java.time.LocalDate.of(1948, 9, 27), UkDates.parse("27 september 1948").orElseThrow());
  }
}
