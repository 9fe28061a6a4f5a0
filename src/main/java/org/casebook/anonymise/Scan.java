package org.casebook.anonymise;

import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pattern only where it can begin, at the start of chosen words, instead of trying it at
 * every character of the text: most patterns can only start at a digit, a month or a given word,
 * and a note has few of those. Lookbehinds still see the text before the start.
 */
final class Scan {

  private Scan() {}

  /**
   * Every match of the pattern starting where {@code from} says for a word (its offset, or -1 for
   * none), earliest first and never overlapping, as find() would give them.
   */
  static void starts(Pattern p, Tokens t, IntUnaryOperator from, Consumer<Matcher> found) {
    Matcher m = null;
    int next = 0;
    int length = t.text.length();
    for (int k = 0; k < t.size; k++) {
      int s = from.applyAsInt(k);
      if (s < next) {
        continue;
      }
      if (m == null) {
        m = p.matcher(t.text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
      }
      m.region(s, length);
      if (m.lookingAt()) {
        found.accept(m);
        next = m.end();
      }
    }
  }

  /** The word's start when it begins with a digit, else -1. */
  static int digit(Tokens t, int k) {
    return t.shape[k] == Tokens.NUMBER && Character.isDigit(t.text.charAt(t.start[k]))
        ? t.start[k]
        : -1;
  }

  /** The word's start when it begins with a letter, else -1. */
  static int letter(Tokens t, int k) {
    return Character.isLetter(t.text.charAt(t.start[k])) ? t.start[k] : -1;
  }
}
