package org.casebook.anonymise;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as workers write them: "12/03/2025", "12.3.25", "2025-03-12", "12 March 2025", "12th of
 * March", "March 12th, 2025", "Mar 2025". A date of birth (after "DOB", "date of birth", "born", or
 * equal to the person's known date of birth) becomes an age band; any other date moves by the
 * case's shift, written the way it was (padding, ordinal, month spelt out or short, capitals, two
 * or four-digit year). The shift is a whole number of weeks, so "Monday 3 March" stays a Monday.
 */
final class Dates {

  static final int DATE_PRIORITY = 60;
  static final int BIRTH_PRIORITY = 65;

  private static final String MONTH =
      "(?<mon>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sept(?:ember)?|sep|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))(?![\\p{L}])\\.?";

  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}/.\\-])(?<d>\\d{1,2})(?<s>[/.\\-])(?<m>\\d{1,2})\\k<s>"
              + "(?<y>\\d{4}|\\d{2})(?![\\p{L}\\p{N}]|[/.\\-]\\p{N})");

  private static final Pattern ISO =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}/.\\-])(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?![\\p{L}\\p{N}])");

  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}/.\\-])(?<d>\\d{1,2})(?<o>(?i:st|nd|rd|th))?(?:\\s+of)?[ \\t\\-/]+"
              + MONTH
              + "(?:,?[ \\t\\-/]+(?<y>\\d{4}|(?<=[\\-/])\\d{2})(?![\\p{L}\\p{N}]))?");

  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])"
              + MONTH
              + "[ \\t]+(?:the[ \\t]+)?(?<d>\\d{1,2})(?<o>(?i:st|nd|rd|th))?(?![\\p{L}\\p{N}:]|\\.\\d)"
              + "(?:,?[ \\t]+(?<y>\\d{4})(?![\\p{L}\\p{N}]))?");

  private static final Pattern MONTH_YEAR =
      Pattern.compile("(?<![\\p{L}\\p{N}])" + MONTH + ",?[ \\t]+(?<y>\\d{4})(?![\\p{L}\\p{N}])");

  private static final Pattern BIRTH_CUE =
      Pattern.compile(
          "(?i)(?:(?<born>\\bborn(?:\\s+on)?(?:\\s+the)?)|\\bd\\.?\\s?o\\.?\\s?b\\.?|\\bdate\\s+of"
              + "\\s+birth|\\bbirth\\s*date)\\s*[:\\-]?\\s*(?:on\\s+)?(?:the\\s+)?$");

  private static final Pattern BORN_IN_YEAR =
      Pattern.compile("(?i)\\bborn\\s+in\\s+(?<y>(?:19|20)\\d{2})(?![\\p{L}\\p{N}])");

  private static final java.util.Set<String> MONTH_WORDS =
      java.util.Set.of(
          "jan",
          "january",
          "feb",
          "february",
          "mar",
          "march",
          "apr",
          "april",
          "may",
          "jun",
          "june",
          "jul",
          "july",
          "aug",
          "august",
          "sep",
          "sept",
          "september",
          "oct",
          "october",
          "nov",
          "november",
          "dec",
          "december");

  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  /** Where each part of a date was written, so the shifted date can be written the same way. */
  private record Found(
      int start,
      int end,
      int day,
      int month,
      int year,
      int dayStart,
      int dayEnd,
      int ordinalEnd,
      int monthStart,
      int monthEnd,
      boolean monthByName,
      int yearStart,
      int yearEnd) {

    boolean hasYear() {
      return yearStart >= 0;
    }

    boolean hasDay() {
      return dayStart >= 0;
    }
  }

  private final LocalDate today;
  private final LocalDate dateOfBirth;
  private final int shiftDays;

  Dates(LocalDate today, LocalDate dateOfBirth, int shiftDays) {
    this.today = today;
    this.dateOfBirth = dateOfBirth;
    this.shiftDays = shiftDays;
  }

  void find(Tokens t, List<Span> out) {
    String text = t.text;
    List<Found> found = new ArrayList<>();
    collect(NUMERIC, t, found, true, false);
    collect(ISO, t, found, true, false);
    collect(DAY_MONTH, t, found, false, false);
    collect(MONTH_DAY, t, found, false, true);
    collect(MONTH_YEAR, t, found, false, true);
    found.sort(Comparator.comparingInt((Found f) -> f.end - f.start).reversed());
    List<Found> kept = new ArrayList<>();
    for (Found f : found) {
      if (kept.stream().noneMatch(k -> k.start < f.end && f.start < k.end)) {
        kept.add(f);
      }
    }
    for (Found f : kept) {
      out.add(span(text, f));
    }
    Scan.starts(
        BORN_IN_YEAR,
        t,
        k -> t.folded[k].equals("born") ? t.start[k] : -1,
        born -> {
          int year = Integer.parseInt(born.group("y"));
          int age = today.getYear() - year - (today.getDayOfYear() < 183 ? 1 : 0);
          if (age >= 0 && age < 130) {
            out.add(
                new Span(born.start(), born.end(), Kind.DATE_OF_BIRTH, band(age), BIRTH_PRIORITY));
          }
        });
  }

  private void collect(
      Pattern pattern, Tokens t, List<Found> out, boolean numeric, boolean monthFirst) {
    Scan.starts(
        pattern,
        t,
        k -> monthFirst ? (MONTH_WORDS.contains(t.folded[k]) ? t.start[k] : -1) : Scan.digit(t, k),
        m -> {
          Found f = numeric ? numeric(m) : named(m);
          if (f != null) {
            out.add(f);
          }
        });
  }

  private Found numeric(Matcher m) {
    int day = Integer.parseInt(m.group("d"));
    int month = Integer.parseInt(m.group("m"));
    int year = year(m.group("y"));
    if (!valid(day, month, year)) {
      return null;
    }
    return found(m, day, month, year, "m");
  }

  private Found named(Matcher m) {
    String mon = m.group("mon");
    // "may" and "march" are also everyday words: without a number before them, only a capital
    // makes them months.
    boolean dayFirst = m.start("mon") > m.start();
    if (!dayFirst && !Character.isUpperCase(mon.charAt(0))) {
      return null;
    }
    int month = monthNumber(mon);
    String d = groupOrNull(m, "d");
    String y = groupOrNull(m, "y");
    int day = d == null ? 15 : Integer.parseInt(d);
    int year = y == null ? Integer.MIN_VALUE : year(y);
    if (!valid(day, month, year)) {
      return null;
    }
    return found(m, day, month, year, "mon");
  }

  /** Where each part of the match is; -1 for a part the pattern does not have or did not use. */
  private static Found found(Matcher m, int day, int month, int year, String monthGroup) {
    int dayEnd = at(m, "d", true);
    int ordinalEnd = at(m, "o", true);
    return new Found(
        m.start(),
        m.end(),
        day,
        month,
        year,
        at(m, "d", false),
        dayEnd,
        ordinalEnd < 0 ? dayEnd : ordinalEnd,
        m.start(monthGroup),
        m.end(monthGroup),
        monthGroup.equals("mon"),
        at(m, "y", false),
        at(m, "y", true));
  }

  private static int at(Matcher m, String group, boolean end) {
    if (groupOrNull(m, group) == null) {
      return -1;
    }
    return end ? m.end(group) : m.start(group);
  }

  /** The named group's text, or null when the pattern has no such group or it took no part. */
  private static String groupOrNull(Matcher m, String name) {
    String source = m.pattern().pattern();
    return source.contains("(?<" + name + ">") ? m.group(name) : null;
  }

  private int year(String y) {
    int v = Integer.parseInt(y);
    if (y.length() == 4) {
      return v;
    }
    int century = today.getYear() / 100 * 100;
    return century + v > today.getYear() + 1 ? century - 100 + v : century + v;
  }

  private static boolean valid(int day, int month, int year) {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return false;
    }
    if (year != Integer.MIN_VALUE && (year < 1880 || year > 2150)) {
      return false;
    }
    try {
      LocalDate.of(year == Integer.MIN_VALUE ? 2024 : year, month, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static int monthNumber(String name) {
    String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
    for (int i = 0; i < 12; i++) {
      if (MONTHS[i].toLowerCase(Locale.ROOT).startsWith(key)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("not a month");
  }

  private Span span(String text, Found f) {
    int from = Math.max(0, f.start - 40);
    Matcher cue = BIRTH_CUE.matcher(text.substring(from, f.start));
    boolean cued = f.hasYear() && cue.find();
    boolean known =
        dateOfBirth != null
            && f.hasYear()
            && f.hasDay()
            && LocalDate.of(f.year, f.month, f.day).equals(dateOfBirth);
    if (cued || known) {
      LocalDate birth = LocalDate.of(f.year, f.month, f.hasDay() ? f.day : 15);
      int age = Period.between(birth, today).getYears();
      if (age >= 0) {
        int start = f.start;
        if (cued && cue.group("born") != null) {
          start = from + cue.start();
        }
        return new Span(start, f.end, Kind.DATE_OF_BIRTH, band(age), BIRTH_PRIORITY);
      }
    }
    return new Span(f.start, f.end, Kind.DATE, shifted(text, f), DATE_PRIORITY);
  }

  /** Five-year bands, and "over 90" for the oldest, who are few. */
  static String band(int age) {
    if (age >= 90) {
      return "aged over 90";
    }
    int low = age / 5 * 5;
    return "aged " + low + " to " + (low + 4);
  }

  private String shifted(String text, Found f) {
    int baseYear = f.hasYear() ? f.year : today.getYear();
    LocalDate date;
    try {
      date = LocalDate.of(baseYear, f.month, f.day);
    } catch (DateTimeException e) {
      date = LocalDate.of(2024, f.month, f.day);
    }
    LocalDate moved = date.plusDays(shiftDays);
    StringBuilder b = new StringBuilder(text.substring(f.start, f.end));
    // Replace the parts from the last to the first, so earlier offsets stay right.
    List<int[]> parts = new ArrayList<>();
    if (f.hasDay()) {
      parts.add(new int[] {f.dayStart, f.ordinalEnd, 0});
    }
    parts.add(new int[] {f.monthStart, f.monthEnd, 1});
    if (f.hasYear()) {
      parts.add(new int[] {f.yearStart, f.yearEnd, 2});
    }
    parts.sort(Comparator.comparingInt((int[] p) -> p[0]).reversed());
    for (int[] p : parts) {
      String old = text.substring(p[0], p[1]);
      String now =
          switch (p[2]) {
            case 0 -> day(old, f, moved.getDayOfMonth(), text);
            case 1 -> month(old, f, moved.getMonthValue(), text);
            default ->
                old.length() == 2
                    ? String.format("%02d", moved.getYear() % 100)
                    : Integer.toString(moved.getYear());
          };
      b.replace(p[0] - f.start, p[1] - f.start, now);
    }
    return b.toString();
  }

  private static String day(String old, Found f, int day, String text) {
    String digits = text.substring(f.dayStart, f.dayEnd);
    String suffix = old.substring(digits.length());
    String monthDigits = f.monthByName ? "" : text.substring(f.monthStart, f.monthEnd);
    boolean pad = digits.length() == 2 && (digits.charAt(0) == '0' || monthDigits.length() == 2);
    String d = pad ? String.format("%02d", day) : Integer.toString(day);
    if (suffix.isEmpty()) {
      return d;
    }
    String ordinal = ordinal(day);
    return d
        + (Character.isUpperCase(suffix.charAt(0)) ? ordinal.toUpperCase(Locale.ROOT) : ordinal);
  }

  static String ordinal(int day) {
    if (day >= 11 && day <= 13) {
      return "th";
    }
    return switch (day % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }

  private static String month(String old, Found f, int month, String text) {
    if (!f.monthByName) {
      String dayDigits = text.substring(f.dayStart, f.dayEnd);
      boolean pad = old.length() == 2 && (old.charAt(0) == '0' || dayDigits.length() == 2);
      return pad ? String.format("%02d", month) : Integer.toString(month);
    }
    String full = MONTHS[month - 1];
    String name;
    if (old.length() > 4
        || old.equalsIgnoreCase("may")
        || old.equalsIgnoreCase("june")
        || old.equalsIgnoreCase("july")) {
      name = full;
    } else if (old.length() == 4 && old.equalsIgnoreCase("sept") && month == 9) {
      name = "Sept";
    } else {
      name = full.substring(0, 3);
    }
    if (old.equals(old.toUpperCase(Locale.ROOT)) && old.length() > 1) {
      return name.toUpperCase(Locale.ROOT);
    }
    if (Character.isLowerCase(old.charAt(0))) {
      return name.toLowerCase(Locale.ROOT);
    }
    return name;
  }
}
