package org.casebook.anonymise;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ages of 90 and over, which few people reach, become "over 90": "aged 93", "age: 94", "93 years
 * old", "a 93-year-old" (an over-90-year-old), "turned 95", "her 100th birthday" (her 90-plus
 * birthday). Younger ages are left as written.
 */
final class Ages {

  static final int AGE_PRIORITY = 50;

  private static final String OLD = "(?<n>9\\d|1[0-2]\\d)";

  private static final Pattern AFTER_CUE =
      Pattern.compile(
          "(?i)\\b(?:aged?|age\\s*:|turned|turns|turning|is\\s+now)\\s*"
              + OLD
              + "(?![\\p{L}\\p{N}])(?!\\s*(?:%|percent|per\\s+cent|mg|kg|ml|minutes|mins|pounds|bpm))");

  private static final Pattern IS_AGE =
      Pattern.compile(
          "\\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]ho|\\p{Lu}\\p{Ll}+)\\s+(?i:is|was|will\\s+be|is\\s+now)\\s+"
              + OLD
              + "(?![\\p{L}\\p{N}])(?!\\s*(?:%|percent|per\\s+cent|mg|kg|ml|minutes|mins|pounds|bpm|miles))");

  private static final Pattern YEARS_OLD =
      Pattern.compile(
          "(?i)(?<![\\p{L}\\p{N}])"
              + OLD
              + "(?:\\s*(?:years?|yrs?)(?:\\s+old|\\s+of\\s+age)|\\s*yo\\b)");

  private static final Pattern YEAR_OLD =
      Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?<a>an?\\s+)?" + OLD + "-years?-old");

  private static final Pattern BIRTHDAY =
      Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + OLD + "(?:st|nd|rd|th)\\s+birthday");

  private Ages() {}

  static void find(String text, List<Span> out) {
    number(AFTER_CUE, text, out, "over 90");
    number(YEARS_OLD, text, out, "over 90");
    number(IS_AGE, text, out, "over 90");
    number(BIRTHDAY, text, out, null);
    Matcher m = YEAR_OLD.matcher(text);
    while (m.find()) {
      String article = m.group("a");
      if (article != null) {
        String an = Character.isUpperCase(article.charAt(0)) ? "An" : "an";
        out.add(new Span(m.start(), m.end("n"), Kind.AGE, an + " over-90", AGE_PRIORITY));
      } else {
        out.add(new Span(m.start("n"), m.end("n"), Kind.AGE, "over-90", AGE_PRIORITY));
      }
    }
  }

  private static void number(Pattern p, String text, List<Span> out, String replacement) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      int end = replacement == null ? m.end("n") + 2 : m.end("n");
      out.add(
          new Span(
              m.start("n"),
              end,
              Kind.AGE,
              replacement == null ? "90-plus" : replacement,
              AGE_PRIORITY));
    }
  }
}
