package org.casebook.anonymise;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ages of 90 and over, which few people reach, become "over 90": "aged 93", "age: 94", "she is 93",
 * "93 years old", "a 93-year-old" (an over-90-year-old), "turned 95", "her 100th birthday" (her
 * 90-plus birthday). Younger ages are left as written. Only numbers from 90 to 129 are looked at,
 * and only the words around them.
 */
final class Ages {

  static final int AGE_PRIORITY = 50;

  private static final Pattern CUE_BEFORE =
      Pattern.compile("(?i)\\b(?:aged?|age\\s*:|turned|turns|turning|is\\s+now)\\s*$");

  private static final Pattern SUBJECT_BEFORE =
      Pattern.compile(
          "\\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]ho|\\p{Lu}\\p{Ll}+|(?i:husband|wife|partner|mother|father"
              + "|mum|dad|brother|sister|son|daughter|friend|neighbour|aunt|uncle))\\s+"
              + "(?i:is|was|will\\s+be|is\\s+now)\\s+$");

  private static final Pattern UNITS_AFTER =
      Pattern.compile(
          "(?i)\\s*(?:%|percent|per\\s+cent|mg|kg|ml|minutes|mins|pounds|bpm|miles|times|visits)");

  private static final Pattern YEARS_AFTER =
      Pattern.compile("(?i)(?:\\s*(?:years?|yrs?)(?:\\s+old|\\s+of\\s+age)|\\s*yo\\b)");

  private static final Pattern YEAR_OLD_AFTER = Pattern.compile("(?i)-years?-old");

  private static final Pattern BIRTHDAY_AFTER = Pattern.compile("(?i)\\s+birthday");

  private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(an?)\\s+$");

  private Ages() {}

  static void find(Tokens t, List<Span> out) {
    String text = t.text;
    for (int k = 0; k < t.size; k++) {
      if (t.shape[k] != Tokens.NUMBER) {
        continue;
      }
      int s = t.start[k];
      int e = s;
      while (e < t.end[k] && Character.isDigit(text.charAt(e))) {
        e++;
      }
      if (e - s < 2
          || e - s > 3
          || (s > 0
              && !Character.isWhitespace(text.charAt(s - 1))
              && "(:".indexOf(text.charAt(s - 1)) < 0)) {
        continue;
      }
      int age = Integer.parseInt(text.substring(s, e));
      if (age < 90 || age > 129) {
        continue;
      }
      String suffix = text.substring(e, t.end[k]);
      if (!suffix.isEmpty()) {
        if (suffix.equalsIgnoreCase(Dates.ordinal(age % 100 > 20 ? age % 10 : age % 100))
            && follows(BIRTHDAY_AFTER, text, t.end[k])) {
          out.add(new Span(s, t.end[k], Kind.AGE, "90-plus", AGE_PRIORITY));
        } else if (suffix.equalsIgnoreCase("yo")) {
          out.add(new Span(s, e, Kind.AGE, "over 90", AGE_PRIORITY));
        }
        continue;
      }
      if (follows(UNITS_AFTER, text, e)) {
        continue;
      }
      String before = text.substring(Math.max(0, s - 30), s);
      if (follows(YEAR_OLD_AFTER, text, e)) {
        Matcher article = ARTICLE_BEFORE.matcher(before);
        if (article.find()) {
          String an = Character.isUpperCase(article.group(1).charAt(0)) ? "An" : "an";
          int from = s - before.length() + article.start(1);
          out.add(new Span(from, e, Kind.AGE, an + " over-90", AGE_PRIORITY));
        } else {
          out.add(new Span(s, e, Kind.AGE, "over-90", AGE_PRIORITY));
        }
      } else if (CUE_BEFORE.matcher(before).find()
          || SUBJECT_BEFORE.matcher(before).find()
          || follows(YEARS_AFTER, text, e)) {
        out.add(new Span(s, e, Kind.AGE, "over 90", AGE_PRIORITY));
      }
    }
  }

  private static boolean follows(Pattern p, String text, int at) {
    Matcher m = p.matcher(text);
    m.useTransparentBounds(true);
    m.region(at, text.length());
    return m.lookingAt();
  }
}
