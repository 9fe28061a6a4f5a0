package org.casebook.anonymise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Details left in the text for the reviewer to judge: phrases from the shipped list (rare
 * occupations and conditions, very old ages, rare events), named places and organisations ("Elm
 * Tree Day Centre", "St Mary's"), streets named without a number, wards, the town of a known
 * address, and long numbers that are no known identifier. Offsets here are in the submitted text.
 */
final class Flags {

  /** A flag in the submitted text. */
  record Found(int start, int end, String reason) {}

  private record Phrase(String[] words, String reason) {}

  private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();

  Flags(NameLists lists) {
    for (Map.Entry<String, List<String>> e : lists.quasiIdentifiers().entrySet()) {
      for (String phrase : e.getValue()) {
        Tokens t = Tokens.of(phrase);
        String[] words = new String[t.size];
        System.arraycopy(t.folded, 0, words, 0, t.size);
        if (words.length > 0) {
          byFirstWord
              .computeIfAbsent(words[0], k -> new ArrayList<>())
              .add(new Phrase(words, e.getKey()));
        }
      }
    }
  }

  void find(Tokens t, List<Found> out) {
    phrases(t, out);
    places(t, out);
  }

  private void phrases(Tokens t, List<Found> out) {
    for (int i = 0; i < t.size; i++) {
      List<Phrase> candidates = byFirstWord.get(t.folded[i]);
      if (candidates == null) {
        continue;
      }
      Phrase best = null;
      for (Phrase p : candidates) {
        if ((best == null || p.words.length > best.words.length) && matches(t, i, p.words)) {
          best = p;
        }
      }
      if (best != null) {
        out.add(new Found(t.start[i], t.end[i + best.words.length - 1], best.reason));
        i += best.words.length - 1;
      }
    }
  }

  private static boolean matches(Tokens t, int at, String[] words) {
    if (at + words.length > t.size) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      if (!t.folded[at + k].equals(words[k])) {
        return false;
      }
      if (k > 0 && !t.spaceBefore(at + k) && !t.hyphenBefore[at + k]) {
        return false;
      }
    }
    return true;
  }

  /** Capitalised words ending in a street or organisation word, or "St" and a capitalised word. */
  private static void places(Tokens t, List<Found> out) {
    int lastEnd = -1;
    for (int k = 0; k < t.size; k++) {
      String f = t.folded[k];
      // In a line written in capitals every word is capitalised: no name can be told from it.
      if (!t.capitalised(k) && !f.equals("ward") || t.capsLine[k]) {
        continue;
      }
      boolean saint = (f.equals("st") || f.equals("saint")) && t.shape[k] == Tokens.TITLE;
      if (saint
          && k + 1 < t.size
          && t.capitalised(k + 1)
          && t.spaceBefore(k + 1)
          && !Vocabulary.STRONG_HEADS.contains(t.folded[k + 1])) {
        if (t.start[k] >= lastEnd) {
          out.add(new Found(t.start[k], t.end[k + 1], "named place or organisation"));
          lastEnd = t.end[k + 1];
        }
        continue;
      }
      boolean street =
          Vocabulary.STRONG_HEADS.contains(f) && isStreet(f) || Vocabulary.WEAK_HEADS.contains(f);
      boolean org = Vocabulary.STRONG_HEADS.contains(f);
      if (!(street || org) || !t.capitalised(k) && !f.equals("ward")) {
        continue;
      }
      if (k + 1 < t.size
          && t.capitalised(k + 1)
          && t.spaceBefore(k + 1)
          && t.gap(k + 1).indexOf('\n') < 0
          && (Vocabulary.STRONG_HEADS.contains(t.folded[k + 1])
              || Vocabulary.WEAK_HEADS.contains(t.folded[k + 1]))) {
        // "Meadowbank Care Home": the phrase ends at its last head word.
        continue;
      }
      int j = k;
      while (j > 0
          && t.spaceBefore(j)
          && t.gap(j).indexOf('\n') < 0
          && !t.sentenceStart[j]
          && t.capitalised(j - 1)) {
        j--;
      }
      if (j == k) {
        continue;
      }
      boolean generic = true;
      for (int i = j; i < k; i++) {
        generic &=
            Vocabulary.GENERIC.contains(t.folded[i]) || Vocabulary.TITLES.contains(t.folded[i]);
      }
      if (generic || t.start[j] < lastEnd) {
        continue;
      }
      String reason =
          f.equals("ward")
              ? "ward or area name"
              : isStreet(f) ? "street name" : "named place or organisation";
      out.add(new Found(t.start[j], t.end[k], reason));
      lastEnd = t.end[k];
    }
  }

  private static boolean isStreet(String f) {
    return Vocabulary.STREETS.contains(f);
  }
}
