package org.casebook.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people in the UK type and read them: day first ("27 3 1948", "27/03/1948", "27-3-1948",
 * "27 March 1948"), or ISO ("1948-03-27"). Two-digit years are refused: 48 could be 1948 or 2048.
 */
public final class UkDates {

  private static final Pattern DAY_FIRST =
      Pattern.compile("^(\\d{1,2})[\\s./-]+(\\d{1,2}|[A-Za-z]{3,9})[\\s./-]+(\\d{4})$");
  private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$");
  private static final DateTimeFormatter SHOW =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  private static final String[] FULL_MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december"
  };

  private UkDates() {}

  public static Optional<LocalDate> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String text = typed.strip();
    try {
      Matcher iso = ISO.matcher(text);
      if (iso.matches()) {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(iso.group(1)),
                Integer.parseInt(iso.group(2)),
                Integer.parseInt(iso.group(3))));
      }
      Matcher m = DAY_FIRST.matcher(text);
      if (m.matches()) {
        int month = month(m.group(2));
        if (month < 1) {
          return Optional.empty();
        }
        return Optional.of(
            LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
      }
    } catch (DateTimeException notARealDate) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static int month(String text) {
    if (Character.isDigit(text.charAt(0))) {
      return Integer.parseInt(text);
    }
    String lower = text.toLowerCase(Locale.UK);
    for (int i = 0; i < MONTHS.length; i++) {
      // "Mar", "March" and "Sept" are months; "Marzipan" is a typo, not March.
      if (lower.equals(MONTHS[i])
          || lower.equals(FULL_MONTHS[i])
          || (i == 8 && lower.equals("sept"))) {
        return i + 1;
      }
    }
    return -1;
  }

  /** "27 March 1948". */
  public static String show(LocalDate date) {
    return date == null ? "" : SHOW.format(date);
  }

  /** "27 3 1948", the form the date field shows for editing. */
  public static String forInput(LocalDate date) {
    return date == null
        ? ""
        : date.getDayOfMonth() + " " + date.getMonthValue() + " " + date.getYear();
  }
}
