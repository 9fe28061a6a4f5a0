package org.casebook.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatesTest {

  @Test
  void aRateIsAWholePercentageRoundedHalfUp() {
    assertEquals(40, new Rate(2, 5).percent());
    assertEquals(33, new Rate(1, 3).percent());
    assertEquals(67, new Rate(2, 3).percent());
    assertEquals(13, new Rate(1, 8).percent(), "12.5% rounds up");
    assertEquals(50, new Rate(1, 2).percent());
    assertEquals(0, new Rate(0, 7).percent());
    assertEquals(100, new Rate(7, 7).percent());
    assertEquals(1, new Rate(1, 200).percent(), "0.5% rounds up");
    assertEquals(0, new Rate(1, 201).percent());
    assertEquals(100, new Rate(1_999_999, 2_000_000).percent());
    assertFalse(new Rate(0, 7).isNoData(), "none of 7 is 0%, not no data");
  }

  @Test
  void nothingToCountFromIsNoDataNotZero() {
    Rate none = new Rate(0, 0);
    assertTrue(none.isNoData());
    assertNull(none.percent());
    assertEquals(
        "No data", FigureTable.Cell.percent(none, "No data").text(), "shown as no data, not 0%");
    assertEquals(FigureTable.Kind.NO_DATA, FigureTable.Cell.percent(none, "No data").kind());
    assertEquals("40%", FigureTable.Cell.percent(new Rate(2, 5), "No data").text());
  }

  @Test
  void aRateCannotCountMoreThanItsWhole() {
    assertThrows(IllegalArgumentException.class, () -> new Rate(3, 2));
    assertThrows(IllegalArgumentException.class, () -> new Rate(-1, 2));
  }

  @Test
  void anAverageIsToOneDecimalPlaceWithHowManyValuesItRestsOn() {
    Mean tScores = new Mean(50 + 60 + 52.25, 3);
    assertEquals(new BigDecimal("54.1"), tScores.rounded());
    assertEquals("54.1", tScores.shown());
    assertEquals(3, tScores.count());
    assertEquals("52.3", new Mean(52.25, 1).shown(), "half up");
    assertEquals("50.0", new Mean(100, 2).shown());
    assertEquals("0.2", new Mean(3, 20).shown(), "0.15 exactly is 0.2");
    assertTrue(Mean.NONE.isNoData());
    assertNull(Mean.NONE.rounded());
    assertEquals("", Mean.NONE.shown());
  }

  @Test
  void aChangeShowsItsSign() {
    assertEquals("+1.5", new Mean(3, 2).shownAsChange());
    assertEquals("-0.5", new Mean(-1, 2).shownAsChange());
    assertEquals("-0.7", new Mean(-2, 3).shownAsChange());
    assertEquals("0.0", new Mean(0, 4).shownAsChange());
    assertEquals("-1.5", new Mean(-3, 2).shownAsChange(), "half away from zero");
    assertEquals("", Mean.NONE.shownAsChange());
  }
}
