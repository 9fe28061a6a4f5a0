package org.casebook.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "9434765919",
        "943 476 5919",
        "943-476-5919",
        "  943 476 5919  ",
        "943 - 476 - 5919",
        "94 34 76 59 19",
        "4010232137"
      })
  void acceptsValidNumbersHoweverTheyAreTyped(String typed) {
    assertTrue(NhsNumber.isValid(typed), typed);
    assertEquals(Optional.empty(), NhsNumber.problem(typed));
  }

  @Test
  void acceptsACheckDigitOfZeroWhenTheRemainderIsZero() {
    // 1*10 + 6*2 = 22, remainder 0: the check digit is 0, not 11.
    assertTrue(NhsNumber.isValid("1000000060"));
    assertEquals(Optional.of(NhsNumber.Problem.CHECK_DIGIT), NhsNumber.problem("1000000061"));
  }

  @Test
  void refusesEveryNumberWhoseCheckDigitWouldBeTen() {
    // 6*2 = 12, remainder 1, so the check digit would be 10: no valid number starts 000000006.
    for (int last = 0; last <= 9; last++) {
      assertEquals(
          Optional.of(NhsNumber.Problem.CHECK_DIGIT),
          NhsNumber.problem("000000006" + last),
          "000000006" + last);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"9434765918", "9434765910", "943 476 5911", "4934765919"})
  void refusesAWrongCheckDigit(String typed) {
    assertEquals(Optional.of(NhsNumber.Problem.CHECK_DIGIT), NhsNumber.problem(typed));
    assertFalse(NhsNumber.isValid(typed));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "943476591",
        "94347659190",
        "943 476 591",
        "943.476.5919",
        "943/476/5919",
        "94347659I9",
        "NHS9434765919",
        "abcdefghij"
      })
  void refusesAnythingThatIsNotTenDigits(String typed) {
    assertEquals(Optional.of(NhsNumber.Problem.NOT_TEN_DIGITS), NhsNumber.problem(typed));
    assertFalse(NhsNumber.isValid(typed));
  }

  @Test
  void problemsHaveTheirMessageKeys() {
    assertEquals("nhsNumber.notTenDigits", NhsNumber.Problem.NOT_TEN_DIGITS.messageKey());
    assertEquals("nhsNumber.checkDigit", NhsNumber.Problem.CHECK_DIGIT.messageKey());
  }

  @Test
  void stripRemovesOnlySpacesAndDashes() {
    assertEquals("9434765919", NhsNumber.strip(" 943-476 5919 "));
    assertEquals("943.476.5919", NhsNumber.strip("943.476.5919"));
    assertEquals("", NhsNumber.strip(null));
  }

  @Test
  void keepsTenDigitsAndShowsThemInThreeThreeFourGroups() {
    NhsNumber number = NhsNumber.of("943-476-5919");
    assertEquals("9434765919", number.digits());
    assertEquals("943 476 5919", number.toString());
  }

  @Test
  void formatGroupsTenDigitsAndLeavesAnythingElseAlone() {
    assertEquals("943 476 5919", NhsNumber.format("9434765919"));
    assertEquals("12345", NhsNumber.format("12345"));
    assertNull(NhsNumber.format(null));
  }

  @Test
  void ofRefusesAnInvalidNumberWithTheMessageKey() {
    IllegalArgumentException wrongCheck =
        assertThrows(IllegalArgumentException.class, () -> NhsNumber.of("9434765918"));
    assertEquals("nhsNumber.checkDigit", wrongCheck.getMessage());
    IllegalArgumentException tooShort =
        assertThrows(IllegalArgumentException.class, () -> NhsNumber.of("12345"));
    assertEquals("nhsNumber.notTenDigits", tooShort.getMessage());
  }

  @Test
  void theSameNumberTypedDifferentlyIsEqual() {
    NhsNumber spaced = NhsNumber.of("943 476 5919");
    NhsNumber dashed = NhsNumber.of("943-476-5919");
    assertEquals(spaced, dashed);
    assertEquals(spaced.hashCode(), dashed.hashCode());
    assertNotEquals(spaced, NhsNumber.of("4010232137"));
  }

  @org.junit.jupiter.api.Test
  void nonBreakingSpacesPastedFromADocumentAreAccepted() {
    org.junit.jupiter.api.Assertions.assertTrue(NhsNumber.isValid("943\u00a0476\u00a05919"));
  }
}
