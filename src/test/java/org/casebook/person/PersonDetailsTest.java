package org.casebook.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonDetailsTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

  private static PersonDetails onlyName(String fullName) {
    return new PersonDetails(fullName, null, null, null, null, null, null, null, null, null);
  }

  private static PersonDetails full() {
    return new PersonDetails(
        "Margaret Ann Okafor",
        "Peggy",
        "she/her",
        LocalDate.of(1948, 3, 27),
        "943 476 5919",
        "12 Mill Lane\nHeadingley, Leeds",
        "ls62ab",
        "Headingley",
        "Uses a hearing aid in her left ear",
        "I love my garden.\n\nMy daughter visits on Sundays.");
  }

  /** The full example with one field changed. */
  private static PersonDetails with(String field, Object value) {
    PersonDetails d = full();
    return new PersonDetails(
        field.equals("fullName") ? (String) value : d.fullName(),
        field.equals("preferredName") ? (String) value : d.preferredName(),
        field.equals("pronouns") ? (String) value : d.pronouns(),
        field.equals("dateOfBirth") ? (LocalDate) value : d.dateOfBirth(),
        field.equals("nhsNumber") ? (String) value : d.nhsNumber(),
        field.equals("address") ? (String) value : d.address(),
        field.equals("postcode") ? (String) value : d.postcode(),
        field.equals("ward") ? (String) value : d.ward(),
        field.equals("communicationNeeds") ? (String) value : d.communicationNeeds(),
        field.equals("aboutMe") ? (String) value : d.aboutMe());
  }

  private static Map<String, PersonDetails.Problem> problemsWith(String field, Object value) {
    return with(field, value).problems(TODAY);
  }

  private static void assertOnlyProblem(
      Map<String, PersonDetails.Problem> problems, String field, String key) {
    assertEquals(Map.of(field, new PersonDetails.Problem(key)), problems);
  }

  // --- problems ---------------------------------------------------------------------------

  @Test
  void aFullSetOfGoodDetailsHasNoProblems() {
    assertEquals(Map.of(), full().problems(TODAY));
  }

  @Test
  void onlyTheFullNameIsRequired() {
    assertEquals(Map.of(), onlyName("Margaret Okafor").problems(TODAY));
    assertEquals(
        Map.of(),
        new PersonDetails("Margaret Okafor", "", " ", null, "  ", "", "   ", "", "", "")
            .problems(TODAY));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\t\n"})
  void aMissingFullNameIsReported(String fullName) {
    assertOnlyProblem(problemsWith("fullName", fullName), "fullName", "person.fullName.required");
  }

  static Stream<Arguments> limitedFields() {
    return Stream.of(
        Arguments.of("fullName", PersonDetails.FULL_NAME_MAX, 150),
        Arguments.of("preferredName", PersonDetails.PREFERRED_NAME_MAX, 100),
        Arguments.of("pronouns", PersonDetails.PRONOUNS_MAX, 40),
        Arguments.of("address", PersonDetails.ADDRESS_MAX, 300),
        Arguments.of("ward", PersonDetails.WARD_MAX, 100),
        Arguments.of("communicationNeeds", PersonDetails.COMMUNICATION_NEEDS_MAX, 2000),
        Arguments.of("aboutMe", PersonDetails.ABOUT_ME_MAX, 10000));
  }

  @ParameterizedTest
  @MethodSource("limitedFields")
  void aFieldMayBeExactlyAsLongAsItsLimit(String field, int max, int documentedMax) {
    assertEquals(documentedMax, max);
    assertEquals(Map.of(), problemsWith(field, "x".repeat(max)));
  }

  @ParameterizedTest
  @MethodSource("limitedFields")
  void spacesAroundAFieldDoNotCountTowardsItsLimit(String field, int max, int documentedMax) {
    assertEquals(Map.of(), problemsWith(field, "  " + "x".repeat(max) + " \n"));
  }

  @ParameterizedTest
  @MethodSource("limitedFields")
  void oneCharacterOverTheLimitIsReportedWithTheLimit(String field, int max, int documentedMax) {
    Map<String, PersonDetails.Problem> problems = problemsWith(field, "x".repeat(max + 1));
    assertEquals(Map.of(field, new PersonDetails.Problem("field.tooLong", max)), problems);
    assertEquals(Optional.of(max), problems.get(field).maybeLimit());
  }

  @Test
  void aProblemWithoutALimitHasNone() {
    assertEquals(
        Optional.empty(), new PersonDetails.Problem("person.fullName.required").maybeLimit());
  }

  @Test
  void aDateOfBirthTodayOrInThePastIsFine() {
    assertEquals(Map.of(), problemsWith("dateOfBirth", TODAY));
    assertEquals(Map.of(), problemsWith("dateOfBirth", TODAY.minusDays(1)));
    assertEquals(Map.of(), problemsWith("dateOfBirth", null));
  }

  @Test
  void aDateOfBirthInTheFutureIsReported() {
    assertOnlyProblem(
        problemsWith("dateOfBirth", TODAY.plusDays(1)), "dateOfBirth", "person.dateOfBirth.future");
    assertOnlyProblem(
        problemsWith("dateOfBirth", LocalDate.of(2948, 3, 27)),
        "dateOfBirth",
        "person.dateOfBirth.future");
  }

  @Test
  void aDateOfBirthBefore1900IsReported() {
    assertEquals(Map.of(), problemsWith("dateOfBirth", LocalDate.of(1900, 1, 1)));
    assertOnlyProblem(
        problemsWith("dateOfBirth", LocalDate.of(1899, 12, 31)),
        "dateOfBirth",
        "person.dateOfBirth.tooEarly");
    assertOnlyProblem(
        problemsWith("dateOfBirth", LocalDate.of(1048, 3, 27)),
        "dateOfBirth",
        "person.dateOfBirth.tooEarly");
  }

  @Test
  void theFutureIsJudgedAgainstTheDayGiven() {
    LocalDate birthday = LocalDate.of(2025, 6, 2);
    assertEquals(Map.of(), with("dateOfBirth", birthday).problems(birthday));
    assertOnlyProblem(
        with("dateOfBirth", birthday).problems(birthday.minusDays(1)),
        "dateOfBirth",
        "person.dateOfBirth.future");
  }

  @ParameterizedTest
  @ValueSource(strings = {"9434765919", "943 476 5919", "943-476-5919", " 943 476 5919 "})
  void aValidNhsNumberIsFineHoweverItIsTyped(String nhsNumber) {
    assertEquals(Map.of(), problemsWith("nhsNumber", nhsNumber));
  }

  @Test
  void nhsNumberProblemsAreReportedWithTheirOwnMessages() {
    assertOnlyProblem(problemsWith("nhsNumber", "12345"), "nhsNumber", "nhsNumber.notTenDigits");
    assertOnlyProblem(
        problemsWith("nhsNumber", "943 476 5918"), "nhsNumber", "nhsNumber.checkDigit");
  }

  @Test
  void aPostcodeMustBeARealUkPostcode() {
    assertEquals(Map.of(), problemsWith("postcode", "sw1a1aa"));
    assertOnlyProblem(
        problemsWith("postcode", "not a code"), "postcode", "person.postcode.invalid");
    assertOnlyProblem(problemsWith("postcode", "LS6 2CB"), "postcode", "person.postcode.invalid");
  }

  @Test
  void everyProblemIsReportedAtOnceInFormOrder() {
    PersonDetails details =
        new PersonDetails(
            " ",
            "p".repeat(101),
            "q".repeat(41),
            TODAY.plusYears(1),
            "943 476 5918",
            "a".repeat(301),
            "rubbish",
            "w".repeat(101),
            "c".repeat(2001),
            "m".repeat(10001));
    Map<String, PersonDetails.Problem> problems = details.problems(TODAY);
    assertEquals(
        List.of(
            "fullName",
            "preferredName",
            "pronouns",
            "dateOfBirth",
            "nhsNumber",
            "address",
            "postcode",
            "ward",
            "communicationNeeds",
            "aboutMe"),
        List.copyOf(problems.keySet()));
    assertEquals(new PersonDetails.Problem("person.fullName.required"), problems.get("fullName"));
    assertEquals(
        new PersonDetails.Problem("person.dateOfBirth.future"), problems.get("dateOfBirth"));
    assertEquals(new PersonDetails.Problem("nhsNumber.checkDigit"), problems.get("nhsNumber"));
    assertEquals(new PersonDetails.Problem("person.postcode.invalid"), problems.get("postcode"));
    assertEquals(new PersonDetails.Problem("field.tooLong", 10000), problems.get("aboutMe"));
  }

  @Test
  void problemsDoNotChangeWhatWasTyped() {
    PersonDetails typed = with("fullName", "  Margaret   Okafor ");
    typed.problems(TODAY);
    assertEquals("  Margaret   Okafor ", typed.fullName());
  }

  // --- tidy -------------------------------------------------------------------------------

  @Test
  void tidyTrimsAndCollapsesSpacesInOneLineFields() {
    PersonDetails tidy =
        new PersonDetails(
                "  Margaret   Ann\tOkafor ",
                " Peggy ",
                " she / her ",
                null,
                null,
                "  12 Mill Lane  ",
                null,
                "  Headingley  ",
                null,
                null)
            .tidy();
    assertEquals("Margaret Ann Okafor", tidy.fullName());
    assertEquals("Peggy", tidy.preferredName());
    assertEquals("she / her", tidy.pronouns());
    assertEquals("12 Mill Lane", tidy.address());
    assertEquals("Headingley", tidy.ward());
  }

  @Test
  void tidyTurnsBlankFieldsIntoNothing() {
    PersonDetails tidy =
        new PersonDetails("Ada", "", "  ", null, " ", "\n", "  ", "\t", " \r\n ", "").tidy();
    assertEquals(
        new PersonDetails("Ada", null, null, null, null, null, null, null, null, null), tidy);
  }

  @Test
  void tidyKeepsThePersonsParagraphsInAboutMe() {
    String aboutMe = "I love my garden.\n\n  I grow   tomatoes.\nMy daughter visits on Sundays.";
    PersonDetails tidy = with("aboutMe", "\n  " + aboutMe + "  \n\n").tidy();
    assertEquals(aboutMe, tidy.aboutMe());
  }

  @Test
  void tidyNormalisesWindowsAndOldMacLineEndings() {
    PersonDetails tidy =
        new PersonDetails(
                "Ada",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "Needs an interpreter\r\nSpeaks Polish\rLarge print",
                "First paragraph.\r\n\r\nSecond paragraph.\r\n")
            .tidy();
    assertEquals("Needs an interpreter\nSpeaks Polish\nLarge print", tidy.communicationNeeds());
    assertEquals("First paragraph.\n\nSecond paragraph.", tidy.aboutMe());
  }

  @Test
  void tidyStoresTheNhsNumberAsDigitsOnly() {
    assertEquals("9434765919", with("nhsNumber", " 943-476 5919 ").tidy().nhsNumber());
  }

  @Test
  void tidyStoresThePostcodeInItsStandardForm() {
    assertEquals("SW1A 1AA", with("postcode", " sw1a1aa ").tidy().postcode());
    assertEquals("LS6 2AB", with("postcode", "ls6   2ab").tidy().postcode());
  }

  @Test
  void tidyKeepsTheDateOfBirth() {
    assertEquals(LocalDate.of(1948, 3, 27), full().tidy().dateOfBirth());
    assertNull(onlyName("Ada").tidy().dateOfBirth());
  }

  @Test
  void tidyDetailsStillHaveNoProblemsAndTidyingTwiceChangesNothing() {
    PersonDetails once = full().tidy();
    assertEquals(Map.of(), once.problems(TODAY));
    assertEquals(once, once.tidy());
  }

  @Test
  void tidyLeavesTheTypedDetailsAlone() {
    PersonDetails typed = full();
    typed.tidy();
    assertEquals("943 476 5919", typed.nhsNumber());
    assertEquals("ls62ab", typed.postcode());
    assertTrue(typed.address().contains("\n"));
  }

  @org.junit.jupiter.api.Test
  void lineBreaksFromTheBrowserCountAsOneCharacterAndAddressLinesAreKept() {
    String line = "x".repeat(99);
    String twentyLines = String.join("\r\n", java.util.Collections.nCopies(20, line));
    PersonDetails details =
        new PersonDetails(
            "Name",
            null,
            null,
            null,
            null,
            "12 Mill Lane\r\nHeadingley",
            null,
            null,
            twentyLines,
            null);
    org.junit.jupiter.api.Assertions.assertTrue(
        details.problems(java.time.LocalDate.of(2026, 1, 1)).isEmpty(),
        "1,999 characters as stored");
    org.junit.jupiter.api.Assertions.assertEquals(
        "12 Mill Lane\nHeadingley", details.tidy().address());
  }
}
