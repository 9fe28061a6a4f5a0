package org.casebook.platform;

import java.util.regex.Pattern;

/**
 * Tidies text people type or paste. Text pasted from a word processor keeps its paragraphs: line
 * breaks of every kind become one newline, non-breaking spaces become spaces, and invisible
 * characters that would trip up searching are dropped.
 */
public final class Texts {

  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
  private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+\\n");
  private static final Pattern MANY_BLANK_LINES = Pattern.compile("\\n{3,}");

  private Texts() {}

  /** Multi-line text as it is kept: paragraphs kept, ends trimmed; blank becomes null. */
  public static String keepLines(String typed) {
    if (typed == null) {
      return null;
    }
    String text =
        typed
            .replace("\r\n", "\n")
            .replace('\r', '\n')
            .replace('\u2028', '\n')
            .replace("\u2029", "\n\n")
            .replace('\u00A0', ' ')
            .replace('\t', ' ');
    text = INVISIBLE.matcher(text).replaceAll("");
    text = TRAILING_SPACE.matcher(text).replaceAll("\n");
    text = MANY_BLANK_LINES.matcher(text).replaceAll("\n\n");
    text = text.strip();
    return text.isEmpty() ? null : text;
  }

  /** One-line text: every run of white space becomes one space; blank becomes null. */
  public static String oneLine(String typed) {
    if (typed == null) {
      return null;
    }
    String text = INVISIBLE.matcher(typed).replaceAll("").replaceAll("[\\s\\u00A0]+", " ").strip();
    return text.isEmpty() ? null : text;
  }

  /** Length as stored (after tidying), so a pasted "\r\n" counts once. */
  public static int storedLength(String typed) {
    String kept = keepLines(typed);
    return kept == null ? 0 : kept.length();
  }

  public static boolean isBlank(String typed) {
    return typed == null || oneLine(typed) == null;
  }
}
