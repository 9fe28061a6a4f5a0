package org.casebook.language;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The forms of an English word a careful reader would accept as the same word: -s/-es/-ies,
 * -ed/-d/-ied, -ing (with a final e dropped and a final consonant doubled). It generates more than
 * English has (both "stoped" and "stopped"); forms that are not words never occur in text, so they
 * catch nothing.
 */
final class Inflections {

  private Inflections() {}

  static Set<String> of(String base) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(base);
    int n = base.length();
    char last = base.charAt(n - 1);
    boolean vowelBeforeY = n > 1 && "aeiou".indexOf(base.charAt(n - 2)) >= 0;
    if (last == 'y' && !vowelBeforeY) {
      String stem = base.substring(0, n - 1);
      forms.add(stem + "ies");
      forms.add(stem + "ied");
    } else if (base.endsWith("s")
        || base.endsWith("x")
        || base.endsWith("z")
        || base.endsWith("ch")
        || base.endsWith("sh")) {
      forms.add(base + "es");
      forms.add(base + "ed");
    } else {
      forms.add(base + "s");
    }
    if (last == 'e') {
      forms.add(base + "d");
      forms.add(base.substring(0, n - 1) + "ing");
    } else {
      if (last != 'y' || vowelBeforeY) {
        forms.add(base + "ed");
      }
      forms.add(base + "ing");
      if (n > 2 && isConsonant(last) && !isConsonant(base.charAt(n - 2)) && last != 'w') {
        forms.add(base + last + "ed");
        forms.add(base + last + "ing");
      }
    }
    return forms;
  }

  private static boolean isConsonant(char c) {
    return Character.isLetter(c) && "aeiou".indexOf(c) < 0;
  }
}
