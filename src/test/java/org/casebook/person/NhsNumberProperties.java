package org.casebook.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class NhsNumberProperties {

  /** The modulus 11 check digit worked out independently: 0 to 9, or 10 when there is none. */
  private static int checkDigit(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += Character.digit(nineDigits.charAt(i), 10) * (10 - i);
    }
    return (11 - sum % 11) % 11;
  }

  private static String validNumber(int firstNine) {
    String nine = String.format("%09d", firstNine);
    int check = checkDigit(nine);
    Assume.that(check != 10);
    return nine + check;
  }

  @Property
  void nineDigitsAndTheirCheckDigitAreValid(
      @ForAll @IntRange(min = 0, max = 999_999_999) int firstNine) {
    String number = validNumber(firstNine);
    assertTrue(NhsNumber.isValid(number), number);
    assertEquals(Optional.empty(), NhsNumber.problem(number));
    assertEquals(number, NhsNumber.of(number).digits());
  }

  @Property
  void nineDigitsWithoutACheckDigitNeverMakeAValidNumber(
      @ForAll @IntRange(min = 0, max = 99_999_999) int firstEight,
      @ForAll @IntRange(min = 0, max = 9) int last) {
    String eight = String.format("%08d", firstEight);
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += Character.digit(eight.charAt(i), 10) * (10 - i);
    }
    // The ninth digit (weight 2) that leaves a remainder of 1, so the check digit would be 10.
    int ninth = Math.floorMod(6 * (1 - sum), 11);
    Assume.that(ninth <= 9);
    String nine = eight + ninth;
    assertEquals(10, checkDigit(nine));
    assertFalse(NhsNumber.isValid(nine + last), nine + last);
  }

  @Property
  void changingAnySingleDigitOfAValidNumberMakesItInvalid(
      @ForAll @IntRange(min = 0, max = 999_999_999) int firstNine,
      @ForAll @IntRange(min = 0, max = 9) int position,
      @ForAll @IntRange(min = 1, max = 9) int shift) {
    String valid = validNumber(firstNine);
    char[] digits = valid.toCharArray();
    digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);
    String changed = new String(digits);
    assertFalse(NhsNumber.isValid(changed), valid + " changed to " + changed);
    assertEquals(Optional.of(NhsNumber.Problem.CHECK_DIGIT), NhsNumber.problem(changed));
  }

  @Property
  void aValidNumberStaysValidWrittenInGroupsAndFormatsBackTheSame(
      @ForAll @IntRange(min = 0, max = 999_999_999) int firstNine) {
    String digits = validNumber(firstNine);
    String grouped = NhsNumber.format(digits);
    assertTrue(grouped.matches("\\d{3} \\d{3} \\d{4}"), grouped);
    assertTrue(NhsNumber.isValid(grouped));
    assertTrue(NhsNumber.isValid(grouped.replace(' ', '-')));
    assertEquals(digits, NhsNumber.of(grouped).digits());
  }
}
