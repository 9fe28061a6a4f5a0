package org.casebook.person;

import java.util.Optional;

/**
 * An NHS number: ten digits whose last is a modulus 11 check digit. People type them with spaces or
 * dashes ("943 476 5919"); they are stored as ten digits and shown in 3-3-4 groups.
 */
public final class NhsNumber {

  private final String digits;

  private NhsNumber(String digits) {
    this.digits = digits;
  }

  /** What is wrong with a typed NHS number, as a message key. */
  public enum Problem {
    NOT_TEN_DIGITS("nhsNumber.notTenDigits"),
    CHECK_DIGIT("nhsNumber.checkDigit");

    private final String messageKey;

    Problem(String messageKey) {
      this.messageKey = messageKey;
    }

    public String messageKey() {
      return messageKey;
    }
  }

  /** Spaces and dashes removed; nothing else changed. */
  public static String strip(String typed) {
    return typed == null ? "" : typed.replaceAll("[\\s\\u00a0-]", "");
  }

  public static Optional<Problem> problem(String typed) {
    String digits = strip(typed);
    if (!digits.matches("\\d{10}")) {
      return Optional.of(Problem.NOT_TEN_DIGITS);
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - (sum % 11);
    if (check == 11) {
      check = 0;
    }
    // A remainder giving 10 means no valid NHS number has these first nine digits.
    if (check == 10 || check != digits.charAt(9) - '0') {
      return Optional.of(Problem.CHECK_DIGIT);
    }
    return Optional.empty();
  }

  public static boolean isValid(String typed) {
    return problem(typed).isEmpty();
  }

  public static NhsNumber of(String typed) {
    Optional<Problem> problem = problem(typed);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get().messageKey());
    }
    return new NhsNumber(strip(typed));
  }

  public String digits() {
    return digits;
  }

  /** "943 476 5919", as printed on NHS letters. */
  public static String format(String digits) {
    if (digits == null || digits.length() != 10) {
      return digits;
    }
    return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
  }

  @Override
  public String toString() {
    return format(digits);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NhsNumber other && digits.equals(other.digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }
}
