package org.casebook.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordRulesTest {

  private static final String USERNAME = "asha.patel";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "purple tiger", // exactly 12
        "correct horse battery staple",
        "Tr0ub4dor&3xyz",
        "abcdabcdabcd" // four different characters is enough
      })
  void acceptsLongEnoughUncommonPasswords(String password) {
    assertEquals(Optional.empty(), PasswordRules.problem(password, USERNAME));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"short", "elevenchars"})
  void refusesPasswordsUnderTwelveCharacters(String password) {
    assertEquals(Optional.of("password.tooShort"), PasswordRules.problem(password, USERNAME));
  }

  @Test
  void theLengthLimitsAreTwelveAndTwoHundred() {
    assertEquals(12, PasswordRules.MIN_LENGTH);
    assertEquals(200, PasswordRules.MAX_LENGTH);
    assertEquals(Optional.of("password.tooShort"), PasswordRules.problem("purple tige", USERNAME));
  }

  @Test
  void acceptsUpToTwoHundredCharacters() {
    String twoHundred = "quiet river stone ".repeat(12).substring(0, 200);
    assertEquals(200, twoHundred.length());
    assertEquals(Optional.empty(), PasswordRules.problem(twoHundred, USERNAME));
    assertEquals(
        Optional.of("password.tooLong"), PasswordRules.problem(twoHundred + "x", USERNAME));
  }

  @ParameterizedTest
  @ValueSource(strings = {"asha.patel-garden", "my ASHA.PATEL password", "Asha.Patel12"})
  void refusesPasswordsContainingTheUsernameInAnyCase(String password) {
    assertEquals(
        Optional.of("password.containsUsername"), PasswordRules.problem(password, USERNAME));
  }

  @Test
  void checksTheUsernameOnlyWhenThereIsOne() {
    assertEquals(Optional.empty(), PasswordRules.problem("asha.patel-garden", null));
    assertEquals(
        Optional.of("password.containsUsername"),
        PasswordRules.problem("asha.patel-garden", "ASHA.PATEL"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password1234",
        "Password1234",
        "PASSWORD1234",
        "123456789012",
        "qwertyuiopas",
        "letmein12345",
        "welcome12345",
        "passwordpassword",
        "iloveyou1234",
        "Casebook1234"
      })
  void refusesWellKnownWeakPasswords(String password) {
    assertEquals(Optional.of("password.tooCommon"), PasswordRules.problem(password, USERNAME));
  }

  @ParameterizedTest
  @ValueSource(strings = {"aaaaaaaaaaaa", "abababababab", "abcabcabcabc", "111111111111"})
  void refusesPasswordsOfFewerThanFourDifferentCharacters(String password) {
    assertEquals(Optional.of("password.tooCommon"), PasswordRules.problem(password, USERNAME));
  }

  @Test
  void reportsTheFirstRuleBroken() {
    // Short and common: short is reported.
    assertEquals(Optional.of("password.tooShort"), PasswordRules.problem("password", "password"));
    // Contains the username and is common: the username is reported.
    assertEquals(
        Optional.of("password.containsUsername"),
        PasswordRules.problem("password1234", "password"));
  }
}
