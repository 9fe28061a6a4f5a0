package org.casebook.language;

import java.util.Arrays;
import java.util.Locale;

/**
 * A text as words: where each starts and ends (UTF-16 offsets), its lower-case form without a
 * possessive ("Peggy's" → "peggy"), whether only spaces, line breaks or hyphens separate it from
 * the word before (so a phrase may continue across them, but not across a full stop or comma), and
 * whether it is inside quotation marks.
 */
final class Words {

  private int size;
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private String[] keys = new String[64];
  private boolean[] joined = new boolean[64];
  private boolean[] quoted = new boolean[64];

  private Words() {}

  static Words of(String text) {
    Words w = new Words();
    int n = text.length();
    int i = 0;
    boolean inDouble = false;
    boolean inCurly = false;
    boolean joinable = false;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (isWordChar(cp)) {
        int start = i;
        i += Character.charCount(cp);
        while (i < n) {
          int c = text.codePointAt(i);
          if (isWordChar(c)) {
            i += Character.charCount(c);
          } else if (isApostrophe(c) && i + 1 < n && isWordChar(text.codePointAt(i + 1))) {
            i += Character.charCount(c);
          } else {
            break;
          }
        }
        w.add(start, i, key(text, start, i), joinable, inDouble || inCurly);
        joinable = true;
        continue;
      }
      if (cp == '"') {
        inDouble = !inDouble;
        joinable = false;
      } else if (cp == '\u201C') {
        inCurly = true;
        joinable = false;
      } else if (cp == '\u201D') {
        inCurly = false;
        joinable = false;
      } else if (cp == '\n' && i + 1 < n && blankLineFollows(text, i + 1)) {
        // A new paragraph ends any quotation left open.
        inDouble = false;
        inCurly = false;
        joinable = false;
      } else if (!Character.isWhitespace(cp) && !isHyphen(cp)) {
        joinable = false;
      }
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean blankLineFollows(String text, int from) {
    for (int j = from; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private static String key(String text, int start, int end) {
    String word = text.substring(start, end).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (word.endsWith("'s")) {
      return word.substring(0, word.length() - 2);
    }
    return word;
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019';
  }

  private static boolean isHyphen(int cp) {
    return cp == '-' || cp == '\u2010' || cp == '\u2011';
  }

  private void add(int start, int end, String key, boolean joinedToPrevious, boolean inQuotes) {
    if (size == starts.length) {
      int grown = size * 2;
      starts = Arrays.copyOf(starts, grown);
      ends = Arrays.copyOf(ends, grown);
      keys = Arrays.copyOf(keys, grown);
      joined = Arrays.copyOf(joined, grown);
      quoted = Arrays.copyOf(quoted, grown);
    }
    starts[size] = start;
    ends[size] = end;
    keys[size] = key;
    joined[size] = joinedToPrevious;
    quoted[size] = inQuotes;
    size++;
  }

  int size() {
    return size;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  String key(int i) {
    return keys[i];
  }

  boolean joinedToPrevious(int i) {
    return joined[i];
  }

  boolean quoted(int i) {
    return quoted[i];
  }
}
