package org.casebook.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class UkDatesProperties {

  /** 1 January 1900 and 31 December 2099, as epoch days. */
  private static final long FIRST = -25567;

  private static final long LAST = 47481;

  @Property
  void aShownDateReadsBackAsTheSameDate(@ForAll @LongRange(min = FIRST, max = LAST) long day) {
    LocalDate date = LocalDate.ofEpochDay(day);
    assertEquals(Optional.of(date), UkDates.parse(UkDates.show(date)));
  }

  @Property
  void aDateForEditingReadsBackAsTheSameDate(@ForAll @LongRange(min = FIRST, max = LAST) long day) {
    LocalDate date = LocalDate.ofEpochDay(day);
    assertEquals(Optional.of(date), UkDates.parse(UkDates.forInput(date)));
  }

  @Property
  void anIsoDateReadsAsItself(@ForAll @LongRange(min = FIRST, max = LAST) long day) {
    LocalDate date = LocalDate.ofEpochDay(day);
    assertEquals(Optional.of(date), UkDates.parse(date.toString()));
  }
}
