package org.casebook.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds deficit, labelling, jargon, power and stigmatising language in a text, from a lexicon that
 * is data. Case does not matter; inflections, hyphen, space and no-space variants and line breaks
 * do not hide a phrase; only whole words match; the person's own words in quotation marks are never
 * flagged. One pass over the text's words with a table of first words, so it is fast enough to
 * check notes as they are typed and whole case files in bulk.
 */
public final class LanguageChecker {

  /** One way of writing a phrase: a word set per position. */
  private record Variant(Entry entry, List<Set<String>> slots) {}

  private final Map<String, List<Variant>> byFirstWord = new HashMap<>();

  public LanguageChecker(List<Entry> lexicon) {
    for (Entry entry : lexicon) {
      for (String phrase : entry.phrases()) {
        for (List<Set<String>> slots : variants(phrase)) {
          Variant v = new Variant(entry, slots);
          for (String first : slots.get(0)) {
            byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(v);
          }
        }
      }
    }
  }

  /** The ways of writing a phrase: hyphenated words split into parts, or joined into one word. */
  static List<List<Set<String>>> variants(String phrase) {
    List<List<Set<String>>> variants = new ArrayList<>();
    variants.add(new ArrayList<>());
    for (String raw : phrase.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
      boolean inflects = raw.endsWith("*");
      String word = inflects ? raw.substring(0, raw.length() - 1) : raw;
      String[] parts = word.split("-");
      List<List<Set<String>>> next = new ArrayList<>();
      for (List<Set<String>> v : variants) {
        // Joined: "wheelchairbound" (also the only way for a word without hyphens).
        List<Set<String>> joined = new ArrayList<>(v);
        joined.add(forms(String.join("", parts), inflects));
        next.add(joined);
        if (parts.length > 1) {
          List<Set<String>> split = new ArrayList<>(v);
          for (int i = 0; i < parts.length; i++) {
            split.add(forms(parts[i], inflects && i == parts.length - 1));
          }
          next.add(split);
        }
      }
      variants = next;
    }
    return variants;
  }

  private static Set<String> forms(String word, boolean inflects) {
    return inflects ? Inflections.of(word) : Set.of(word);
  }

  /** The findings in the text, in order, never overlapping. */
  public List<Finding> check(String text) {
    List<Finding> findings = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return findings;
    }
    Words words = Words.of(text);
    int i = 0;
    while (i < words.size()) {
      int matched = 0;
      Variant best = null;
      List<Variant> candidates = byFirstWord.get(words.key(i));
      if (candidates != null && !words.quoted(i)) {
        for (Variant v : candidates) {
          int length = v.slots().size();
          if (length > matched && matches(words, i, v) && allowed(words, i, length, v.entry())) {
            matched = length;
            best = v;
          }
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      int start = words.start(i);
      int end = words.end(i + matched - 1);
      Entry e = best.entry();
      findings.add(
          new Finding(
              start,
              end,
              text.substring(start, end),
              e.category(),
              e.suggestion(),
              e.explanation(),
              e.id()));
      i += matched;
    }
    return findings;
  }

  private static boolean matches(Words words, int at, Variant v) {
    List<Set<String>> slots = v.slots();
    if (at + slots.size() > words.size()) {
      return false;
    }
    for (int k = 0; k < slots.size(); k++) {
      if (k > 0 && !words.joinedToPrevious(at + k)) {
        return false;
      }
      if (!slots.get(k).contains(words.key(at + k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean allowed(Words words, int at, int length, Entry e) {
    int after = at + length;
    if (!e.notFollowedBy().isEmpty()
        && after < words.size()
        && words.joinedToPrevious(after)
        && e.notFollowedBy().contains(words.key(after))) {
      return false;
    }
    return e.notPrecededBy().isEmpty()
        || at == 0
        || !words.joinedToPrevious(at)
        || !e.notPrecededBy().contains(words.key(at - 1));
  }
}
