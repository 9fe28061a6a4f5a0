package org.casebook.language;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The forms of an English word a careful reader would accept as the same word: -s/-es/-ies,
 * -ed/-d/-ied, -ing (with a final e dropped and a final consonant doubled). It generates more than
 * English has (both "stoped" and "stopped"); forms that are not words never occur in text, so they
 * catch nothing.
 *
 * <p>It also makes one form of a word, so a replacement agrees with the words it replaces:
 * "suffered from" becomes "lived with", "suffering from" becomes "living with".
 */
final class Inflections {

  /** Which form of a word: as written, -s, -ed or -ing. */
  enum Form {
    BASE,
    S,
    ED,
    ING
  }

  private Inflections() {}

  static Set<String> of(String base) {
    Set<String> all = new LinkedHashSet<>();
    byForm(base).values().forEach(all::addAll);
    return all;
  }

  /** Every form of the word, by kind. */
  static Map<Form, Set<String>> byForm(String base) {
    Map<Form, Set<String>> forms = new EnumMap<>(Form.class);
    for (Form f : Form.values()) {
      forms.put(f, new LinkedHashSet<>());
    }
    forms.get(Form.BASE).add(base);
    int n = base.length();
    char last = base.charAt(n - 1);
    boolean vowelBeforeY = n > 1 && "aeiou".indexOf(base.charAt(n - 2)) >= 0;
    if (last == 'y' && !vowelBeforeY) {
      String stem = base.substring(0, n - 1);
      forms.get(Form.S).add(stem + "ies");
      forms.get(Form.ED).add(stem + "ied");
    } else if (sibilant(base)) {
      forms.get(Form.S).add(base + "es");
      forms.get(Form.ED).add(base + "ed");
    } else {
      forms.get(Form.S).add(base + "s");
    }
    if (last == 'e') {
      forms.get(Form.ED).add(base + "d");
      forms.get(Form.ING).add(base.substring(0, n - 1) + "ing");
    } else {
      if (last != 'y' || vowelBeforeY) {
        forms.get(Form.ED).add(base + "ed");
      }
      forms.get(Form.ING).add(base + "ing");
      if (n > 2 && isConsonant(last) && !isConsonant(base.charAt(n - 2)) && last != 'w') {
        forms.get(Form.ED).add(base + last + "ed");
        forms.get(Form.ING).add(base + last + "ing");
      }
    }
    return forms;
  }

  /** Which form of the base word a word is (BASE when it is none of them). */
  static Form formOf(String word, String base) {
    for (Map.Entry<Form, Set<String>> e : byForm(base).entrySet()) {
      if (e.getValue().contains(word)) {
        return e.getKey();
      }
    }
    return Form.BASE;
  }

  /**
   * One form of a regular word: "live" → lives, lived, living; "carry" → carries, carried. No
   * consonant is doubled (that depends on stress, which spelling does not show).
   */
  static String make(String base, Form form) {
    int n = base.length();
    if (n == 0 || form == Form.BASE) {
      return base;
    }
    char last = Character.toLowerCase(base.charAt(n - 1));
    boolean consonantY = last == 'y' && n > 1 && "aeiou".indexOf(base.charAt(n - 2)) < 0;
    return switch (form) {
      case S ->
          consonantY
              ? base.substring(0, n - 1) + "ies"
              : sibilant(base.toLowerCase(java.util.Locale.ROOT)) ? base + "es" : base + "s";
      case ED ->
          consonantY ? base.substring(0, n - 1) + "ied" : last == 'e' ? base + "d" : base + "ed";
      case ING ->
          last == 'e' && n > 2 && !base.endsWith("ee") && !base.endsWith("ye")
              ? base.substring(0, n - 1) + "ing"
              : base + "ing";
      case BASE -> base;
    };
  }

  private static boolean sibilant(String base) {
    return base.endsWith("s")
        || base.endsWith("x")
        || base.endsWith("z")
        || base.endsWith("ch")
        || base.endsWith("sh");
  }

  private static boolean isConsonant(char c) {
    return Character.isLetter(c) && "aeiou".indexOf(c) < 0;
  }
}
