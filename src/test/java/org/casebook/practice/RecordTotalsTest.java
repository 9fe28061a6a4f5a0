package org.casebook.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RecordTotalsTest {

  @Test
  void aRecordCountsOnceAndForWhatItHasAtLeastOneOf() {
    RecordTotals t = RecordTotals.of(new RecordCounts(400, 3, 120, 5, 0, 2, 3, 1));
    assertEquals(new RecordTotals(1, 400, 3, 120, 1, 0, 1, 1, 3, 1), t);
    RecordTotals bare = RecordTotals.of(new RecordCounts(0, 0, 0, 0, 0, 0, 0, 0));
    assertEquals(new RecordTotals(1, 0, 0, 0, 0, 0, 0, 0, 0, 0), bare, "a record all the same");
  }

  @Test
  void aMonthIsTheSumOfItsRecordsAndAChangeIsTheDifference() {
    RecordTotals first = RecordTotals.of(new RecordCounts(300, 6, 0, 0, 1, 0, 2, 0));
    RecordTotals second = RecordTotals.of(new RecordCounts(500, 2, 100, 4, 3, 1, 1, 1));
    RecordTotals month = RecordTotals.NONE.plus(first).plus(second);
    assertEquals(new RecordTotals(2, 800, 8, 100, 1, 2, 1, 1, 3, 1), month);

    // An addendum adds two strengths and a goal in the person's words to the first record: the
    // month keeps its two records and gains one with strengths and one with an own-word goal.
    RecordTotals corrected = RecordTotals.of(new RecordCounts(340, 5, 20, 2, 1, 0, 3, 1));
    RecordTotals change = corrected.minus(first);
    assertEquals(new RecordTotals(0, 40, -1, 20, 1, 0, 0, 1, 1, 1), change);
    assertEquals(new RecordTotals(2, 840, 7, 120, 2, 2, 1, 2, 4, 2), month.plus(change), "in step");
    assertTrue(first.minus(first).isNone(), "no change, nothing to add");
  }
}
