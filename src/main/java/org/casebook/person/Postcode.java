package org.casebook.person;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UK postcode. Accepts any case and spacing ("sw1a1aa", "SW1A 1AA") and keeps the standard form:
 * capitals, one space before the last three characters.
 */
public final class Postcode {

  // Outward code (area, district, optional sub-district letter) + inward code (sector, unit).
  private static final Pattern UK =
      Pattern.compile(
          "^(GIR0AA|[A-PR-UWYZ](\\d[\\dA-HJKPSTUW]?|[A-HK-Y]\\d[\\dABEHMNPRV-Y]?)\\d[ABD-HJLNP-UW-Z]{2})$");

  private Postcode() {}

  public static String compact(String typed) {
    return typed == null ? "" : typed.replaceAll("[\\s\\u00a0]", "").toUpperCase(Locale.UK);
  }

  public static boolean isValid(String typed) {
    return UK.matcher(compact(typed)).matches();
  }

  /** The standard form, or empty when it is not a UK postcode. */
  public static Optional<String> normalise(String typed) {
    String compact = compact(typed);
    if (!UK.matcher(compact).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3));
  }
}
