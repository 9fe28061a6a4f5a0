package org.casebook.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What makes a password acceptable. Following NCSC guidance, length matters more than complexity:
 * at least 12 characters, not the username, not a well-known weak password.
 */
public final class PasswordRules {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 200;

  private static final java.util.Set<String> COMMON =
      java.util.Set.of(
          "password1234",
          "123456789012",
          "qwertyuiopas",
          "letmein12345",
          "welcome12345",
          "passwordpassword",
          "iloveyou1234",
          "casebook1234");

  private PasswordRules() {}

  /** The message-bundle key of the first rule broken, or empty when the password is fine. */
  public static Optional<String> problem(String password, String username) {
    if (password == null || password.length() < MIN_LENGTH) {
      return Optional.of("password.tooShort");
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of("password.tooLong");
    }
    String lower = password.toLowerCase(Locale.UK);
    if (username != null
        && !username.isBlank()
        && lower.contains(username.toLowerCase(Locale.UK))) {
      return Optional.of("password.containsUsername");
    }
    if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
      return Optional.of("password.tooCommon");
    }
    return Optional.empty();
  }
}
