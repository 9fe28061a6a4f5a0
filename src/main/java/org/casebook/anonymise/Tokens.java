package org.casebook.anonymise;

import java.util.Set;

/**
 * A text cut into words, with what the name finder needs to know about each: where it is (UTF-16
 * offsets of the text as submitted), its folded form, how it is capitalised, whether a possessive
 * follows it, and whether it opens a sentence or a line. Hyphens, spaces and punctuation separate
 * words; apostrophes inside a word (O'Brien) do not; a possessive 's or s' is not part of the word.
 */
final class Tokens {

  static final byte LOWER = 0;
  static final byte TITLE = 1;
  static final byte UPPER = 2;
  static final byte INITIAL = 3;
  static final byte NUMBER = 4;
  static final byte MIXED = 5;

  /** Words after which a full stop does not end a sentence. */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "mx", "dr", "prof", "st", "rev", "revd", "cllr", "no", "tel", "approx",
          "eg", "ie", "vs", "mt", "ft", "nr");

  final String text;
  final int size;
  final int[] start;
  final int[] end;

  /** The end of the word with its possessive 's, if any. */
  final int[] after;

  final String[] folded;
  final byte[] shape;
  final boolean[] possessive;
  final boolean[] sentenceStart;
  final boolean[] lineStart;
  final boolean[] capsLine;
  final boolean[] hyphenBefore;

  /** At the start of a line, but inside a sentence that a long line before it wrapped. */
  final boolean[] wrapped;

  private Tokens(String text, int capacity) {
    this.text = text;
    start = new int[capacity];
    end = new int[capacity];
    after = new int[capacity];
    folded = new String[capacity];
    shape = new byte[capacity];
    possessive = new boolean[capacity];
    sentenceStart = new boolean[capacity];
    lineStart = new boolean[capacity];
    capsLine = new boolean[capacity];
    hyphenBefore = new boolean[capacity];
    wrapped = new boolean[capacity];
    size = cut();
    markLines();
  }

  static Tokens of(String text) {
    return new Tokens(text, text.length() / 2 + 2);
  }

  static boolean wordChar(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  static boolean apostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02bc';
  }

  private boolean wordAt(int i) {
    return i < text.length() && wordChar(text.codePointAt(i));
  }

  private int cut() {
    String t = text;
    int n = 0;
    int i = 0;
    int len = t.length();
    while (i < len) {
      int cp = t.codePointAt(i);
      if (!wordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int s = i;
      int e = i;
      int a;
      boolean poss = false;
      while (true) {
        while (e < len && wordChar(t.codePointAt(e))) {
          e += Character.charCount(t.codePointAt(e));
        }
        if (e < len && apostrophe(t.charAt(e)) && wordAt(e + 1)) {
          // 's then no more letters: a possessive (or "she's", which does no harm).
          if ((t.charAt(e + 1) == 's' || t.charAt(e + 1) == 'S') && !wordAt(e + 2)) {
            poss = true;
            break;
          }
          e += 1;
          continue;
        }
        break;
      }
      a = e;
      if (poss) {
        a = e + 2;
      } else if (e < len
          && apostrophe(t.charAt(e))
          && !wordAt(e + 1)
          && (t.charAt(e - 1) == 's' || t.charAt(e - 1) == 'S')
          && e - s > 2) {
        poss = true;
        a = e + 1;
      }
      start[n] = s;
      end[n] = e;
      after[n] = a;
      possessive[n] = poss;
      String word = t.substring(s, e);
      folded[n] = NameLists.fold(word);
      shape[n] = shapeOf(word);
      n++;
      i = a;
    }
    for (int k = 0; k < n; k++) {
      boundary(k);
    }
    return n;
  }

  private static byte shapeOf(String word) {
    int upper = 0;
    int lower = 0;
    int digits = 0;
    boolean firstUpper = false;
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      if (Character.isDigit(cp)) {
        digits++;
      } else if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
        if (upper + lower == 0) {
          firstUpper = true;
        }
        upper++;
      } else if (Character.isLowerCase(cp)) {
        lower++;
      }
      i += Character.charCount(cp);
    }
    if (digits > 0) {
      return NUMBER;
    }
    if (upper == 0) {
      return LOWER;
    }
    if (lower == 0) {
      return upper == 1 ? INITIAL : UPPER;
    }
    return firstUpper ? TITLE : MIXED;
  }

  private void boundary(int k) {
    int from = k == 0 ? 0 : after[k - 1];
    int to = start[k];
    if (k == 0) {
      sentenceStart[k] = true;
      lineStart[k] = true;
      return;
    }
    boolean stop = false;
    boolean colon = false;
    boolean quote = false;
    int newlines = 0;
    boolean bullet = false;
    boolean onlyHyphen = to - from == 1 && isHyphen(text.charAt(from));
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '.', '!', '?', '\u2026' -> stop = true;
        case ':', ';' -> colon = true;
        case '"', '\u201c', '\u201d', '\u2018' -> quote = true;
        case '\n' -> {
          newlines++;
          bullet = false;
        }
        case '-', '*', '\u2022', '\u2013', '\u2014', '>' -> bullet |= newlines > 0;
        default -> {}
      }
    }
    if (stop && !colon && !quote && newlines == 0) {
      // "Mr. Okafor", "J. Smith": a full stop after an abbreviation or initial is no sentence end.
      String previous = folded[k - 1];
      if (ABBREVIATIONS.contains(previous) || shape[k - 1] == INITIAL) {
        stop = false;
      }
    }
    hyphenBefore[k] = onlyHyphen;
    lineStart[k] = newlines > 0;
    sentenceStart[k] = stop || colon || quote || newlines > 1 || bullet;
    if (newlines == 1 && !sentenceStart[k] && shape[k - 1] == LOWER) {
      int lineEnd = text.lastIndexOf('\n', to - 1);
      int lineBegin = text.lastIndexOf('\n', Math.max(0, lineEnd - 1)) + 1;
      wrapped[k] = lineEnd - lineBegin >= 40;
    }
  }

  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  /** Lines written mostly in capitals: there a capital letter says nothing about a name. */
  private void markLines() {
    int k = 0;
    int lineFrom = 0;
    int len = text.length();
    while (lineFrom <= len && k < size) {
      int lineTo = text.indexOf('\n', lineFrom);
      if (lineTo < 0) {
        lineTo = len;
      }
      boolean caps = capitals(text, lineFrom, lineTo);
      while (k < size && start[k] < lineTo) {
        capsLine[k] = caps;
        k++;
      }
      lineFrom = lineTo + 1;
    }
  }

  /** The characters between word k-1 (with its possessive) and word k. */
  String gap(int k) {
    return text.substring(k == 0 ? 0 : after[k - 1], start[k]);
  }

  /** Only spaces and line breaks (not a blank line) between word k-1 and word k. */
  boolean spaceBefore(int k) {
    if (k == 0) {
      return false;
    }
    int from = after[k - 1];
    int to = start[k];
    if (from == to) {
      return false;
    }
    int newlines = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        newlines++;
      } else if (!Character.isWhitespace(c) && c != '\u00a0') {
        return false;
      }
    }
    return newlines < 2;
  }

  boolean capitalised(int k) {
    return shape[k] == TITLE || shape[k] == UPPER;
  }

  boolean lower(int k) {
    return shape[k] == LOWER;
  }

  /**
   * A capital that tells something: a capitalised word inside a sentence, in a line not in
   * capitals.
   */
  boolean telling(int k) {
    return capitalised(k) && !sentenceStart[k] && (!lineStart[k] || wrapped[k]) && !capsLine[k];
  }

  /** At least eight letters, seven in ten of them capitals. */
  private static boolean capitals(String text, int from, int to) {
    int upper = 0;
    int letters = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters >= 8 && upper * 10 >= letters * 7;
  }

  /** Whether this offset opens a sentence: only spaces, quotes or brackets since the last stop. */
  static boolean sentenceStartAt(String text, int offset) {
    for (int i = offset - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c) && c != '"' && c != '\u201c') {
        return false;
      }
    }
    return true;
  }
}
