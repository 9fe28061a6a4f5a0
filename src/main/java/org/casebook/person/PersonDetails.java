package org.casebook.person;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a worker types about a person. {@link #problems(LocalDate)} checks it field by field, so
 * each message can be shown next to its own field and nothing typed is thrown away.
 */
public record PersonDetails(
    String fullName,
    String preferredName,
    String pronouns,
    LocalDate dateOfBirth,
    String nhsNumber,
    String address,
    String postcode,
    String ward,
    String communicationNeeds,
    String aboutMe) {

  public static final int FULL_NAME_MAX = 150;
  public static final int PREFERRED_NAME_MAX = 100;
  public static final int PRONOUNS_MAX = 40;
  public static final int ADDRESS_MAX = 300;
  public static final int WARD_MAX = 100;
  public static final int COMMUNICATION_NEEDS_MAX = 2000;
  public static final int ABOUT_ME_MAX = 10000;
  static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  /** Field name to message key (with the limit where a length was exceeded), in form order. */
  public Map<String, Problem> problems(LocalDate today) {
    Map<String, Problem> problems = new LinkedHashMap<>();
    if (blank(fullName)) {
      problems.put("fullName", new Problem("person.fullName.required"));
    }
    tooLong(problems, "fullName", fullName, FULL_NAME_MAX);
    tooLong(problems, "preferredName", preferredName, PREFERRED_NAME_MAX);
    tooLong(problems, "pronouns", pronouns, PRONOUNS_MAX);
    if (dateOfBirth != null) {
      if (dateOfBirth.isAfter(today)) {
        problems.put("dateOfBirth", new Problem("person.dateOfBirth.future"));
      } else if (dateOfBirth.isBefore(EARLIEST_BIRTH)) {
        problems.put("dateOfBirth", new Problem("person.dateOfBirth.tooEarly"));
      }
    }
    if (!blank(nhsNumber)) {
      NhsNumber.problem(nhsNumber)
          .ifPresent(p -> problems.put("nhsNumber", new Problem(p.messageKey())));
    }
    tooLong(problems, "address", address, ADDRESS_MAX);
    if (!blank(postcode) && !Postcode.isValid(postcode)) {
      problems.put("postcode", new Problem("person.postcode.invalid"));
    }
    tooLong(problems, "ward", ward, WARD_MAX);
    tooLong(problems, "communicationNeeds", communicationNeeds, COMMUNICATION_NEEDS_MAX);
    tooLong(problems, "aboutMe", aboutMe, ABOUT_ME_MAX);
    return problems;
  }

  /**
   * The same details tidied for storage: trimmed, blanks as null, NHS number and postcode
   * normalised.
   */
  public PersonDetails tidy() {
    return new PersonDetails(
        clean(fullName),
        clean(preferredName),
        clean(pronouns),
        dateOfBirth,
        blank(nhsNumber) ? null : NhsNumber.strip(nhsNumber),
        cleanKeepLines(address),
        blank(postcode) ? null : Postcode.normalise(postcode).orElse(postcode.strip()),
        clean(ward),
        cleanKeepLines(communicationNeeds),
        cleanKeepLines(aboutMe));
  }

  /** A problem with one field: a message key and an optional limit to put in the message. */
  public record Problem(String messageKey, Integer limit) {
    public Problem(String messageKey) {
      this(messageKey, null);
    }

    public Optional<Integer> maybeLimit() {
      return Optional.ofNullable(limit);
    }
  }

  private static void tooLong(Map<String, Problem> problems, String field, String value, int max) {
    // Counted as stored: a line break is one character, however the browser sent it.
    if (value != null
        && value.replace("\r\n", "\n").strip().length() > max
        && !problems.containsKey(field)) {
      problems.put(field, new Problem("field.tooLong", max));
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String clean(String s) {
    return blank(s) ? null : s.strip().replaceAll("\\s+", " ");
  }

  /** Trims and normalises line endings but keeps the person's paragraphs as written. */
  private static String cleanKeepLines(String s) {
    return blank(s) ? null : s.replace("\r\n", "\n").replace('\r', '\n').strip();
  }
}
