package org.casebook.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.casebook.person.NhsNumber;
import org.casebook.security.Role;
import org.junit.jupiter.api.Test;

class MessagesBundleTest {

  private static final Pattern SERVICE_USER =
      Pattern.compile("service[\\s-]*users?", Pattern.CASE_INSENSITIVE);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

  private static ResourceBundle messages() {
    return ResourceBundle.getBundle("i18n.messages", Locale.UK);
  }

  private static List<String> keys(ResourceBundle bundle) {
    List<String> keys = new ArrayList<>(Collections.list(bundle.getKeys()));
    Collections.sort(keys);
    return keys;
  }

  @Test
  void theBundleHasText() {
    assertTrue(keys(messages()).size() > 100, "expected the full UI text bundle");
    assertTrue(messages().getString("app.name").equals("Casebook"));
  }

  @Test
  void theTextSpeaksOfPeopleNeverServiceUsers() {
    List<String> offending = new ArrayList<>();
    for (String bundleName : List.of("i18n.messages", "i18n.faces")) {
      ResourceBundle bundle = ResourceBundle.getBundle(bundleName, Locale.UK);
      for (String key : keys(bundle)) {
        if (SERVICE_USER.matcher(bundle.getString(key)).find()) {
          offending.add(bundleName + ": " + key + "=" + bundle.getString(key));
        }
      }
    }
    assertTrue(offending.isEmpty(), "Say \"person\" or \"people\" instead: " + offending);
  }

  /** Formats a Faces message the way Faces does, with the arguments in Faces' own order. */
  private static String faces(String key, Object... args) {
    return new MessageFormat(
            ResourceBundle.getBundle("i18n.faces", Locale.UK).getString(key), Locale.UK)
        .format(args);
  }

  @Test
  void theFacesMessagesNameTheFieldAndTheLimitInTheRightPlaces() {
    assertEquals(
        "Preferred name must be 100 characters or fewer",
        faces("jakarta.faces.validator.LengthValidator.MAXIMUM", 100, "Preferred name"));
    assertEquals(
        "Enter a real date for Date of birth, for example 27 3 1948",
        faces(
            "jakarta.faces.converter.DateTimeConverter.DATE",
            "31 2",
            "27 3 1948",
            "Date of birth"));
    assertEquals(
        "Enter a whole number for Team",
        faces("jakarta.faces.converter.LongConverter.LONG", "x", "42", "Team"));
    assertEquals("Enter Full name", faces("jakarta.faces.component.UIInput.REQUIRED", "Full name"));
  }

  @Test
  void theCheckWouldCatchServiceUsersInAnyCase() {
    assertTrue(SERVICE_USER.matcher("Find a Service User").find());
    assertTrue(SERVICE_USER.matcher("SERVICE USERS").find());
    assertTrue(SERVICE_USER.matcher("service-user records").find());
    assertFalse(SERVICE_USER.matcher("the people we support").find());
  }

  @Test
  void everyValueHasText() {
    ResourceBundle bundle = messages();
    List<String> empty = new ArrayList<>();
    for (String key : keys(bundle)) {
      if (bundle.getString(key).isBlank()) {
        empty.add(key);
      }
    }
    assertTrue(empty.isEmpty(), "Keys without text: " + empty);
  }

  @Test
  void textWithPlaceholdersIsAValidMessageFormatThatKeepsItsApostrophes() {
    // MessageFormat swallows a lone ' (and everything after it up to the next one), so text
    // with {0} must double its apostrophes; text without placeholders is shown as written.
    ResourceBundle bundle = messages();
    List<String> wrong = new ArrayList<>();
    for (String key : keys(bundle)) {
      String value = bundle.getString(key);
      if (PLACEHOLDER.matcher(value).find()) {
        try {
          Object[] arguments = {"X", "Y", "Z"};
          java.util.regex.Matcher numeric =
              java.util.regex.Pattern.compile("\\{(\\d),\\s*(choice|number)").matcher(value);
          while (numeric.find()) {
            arguments[Integer.parseInt(numeric.group(1))] = 2;
          }
          String shown = new MessageFormat(value, Locale.UK).format(arguments);
          if (value.replace("''", "'").chars().filter(c -> c == '\'').count()
              != shown.chars().filter(c -> c == '\'').count()) {
            wrong.add(key);
          }
        } catch (IllegalArgumentException e) {
          wrong.add(key + " (" + e.getMessage() + ")");
        }
      } else if (value.contains("''")) {
        wrong.add(key);
      }
    }
    assertTrue(wrong.isEmpty(), "Text that would not show as written: " + wrong);
  }

  @Test
  void everyMessageKeyTheRulesUseHasText() {
    List<String> used = new ArrayList<>();
    for (NhsNumber.Problem problem : NhsNumber.Problem.values()) {
      used.add(problem.messageKey());
    }
    for (Role role : Role.values()) {
      used.add(role.messageKey());
    }
    used.addAll(
        List.of(
            "person.fullName.required",
            "person.dateOfBirth.future",
            "person.dateOfBirth.tooEarly",
            "person.postcode.invalid",
            "field.tooLong",
            "account.username.invalid",
            "account.displayName.required",
            "account.role.required",
            "account.team.required",
            "team.name.required",
            "password.tooShort",
            "password.tooLong",
            "password.containsUsername",
            "password.tooCommon",
            "access.denied",
            "error.generic"));
    ResourceBundle bundle = messages();
    List<String> missing = used.stream().filter(key -> !bundle.containsKey(key)).toList();
    assertTrue(missing.isEmpty(), "Keys with no text: " + missing);
  }
}
