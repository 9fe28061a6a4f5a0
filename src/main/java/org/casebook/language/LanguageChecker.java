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

  /**
   * One way of writing a phrase: a word set per position, and which position holds the word that
   * inflects (with its base form), so a replacement can take the same ending; -1 when none does.
   */
  record Shape(List<Set<String>> slots, int inflectAt, String base) {}

  /** A way of writing one of an entry's phrases. */
  private record Variant(Entry entry, Shape shape) {
    List<Set<String>> slots() {
      return shape.slots();
    }
  }

  private final Map<String, List<Variant>> byFirstWord = new HashMap<>();

  public LanguageChecker(List<Entry> lexicon) {
    for (Entry entry : lexicon) {
      for (String phrase : entry.phrases()) {
        for (Shape shape : variants(phrase)) {
          Variant v = new Variant(entry, shape);
          for (String first : shape.slots().get(0)) {
            byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(v);
          }
        }
      }
    }
  }

  /** The ways of writing a phrase: hyphenated words split into parts, or joined into one word. */
  static List<Shape> variants(String phrase) {
    List<Shape> variants = new ArrayList<>();
    variants.add(new Shape(List.of(), -1, null));
    for (String raw : phrase.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
      boolean inflects = raw.endsWith("*");
      String word = inflects ? raw.substring(0, raw.length() - 1) : raw;
      String[] parts = word.split("-");
      List<Shape> next = new ArrayList<>();
      for (Shape v : variants) {
        // Joined: "wheelchairbound" (also the only way for a word without hyphens).
        String whole = String.join("", parts);
        List<Set<String>> joined = new ArrayList<>(v.slots());
        joined.add(forms(whole, inflects));
        next.add(
            inflects && v.inflectAt() < 0
                ? new Shape(joined, joined.size() - 1, whole)
                : new Shape(joined, v.inflectAt(), v.base()));
        if (parts.length > 1) {
          List<Set<String>> split = new ArrayList<>(v.slots());
          for (int i = 0; i < parts.length; i++) {
            split.add(forms(parts[i], inflects && i == parts.length - 1));
          }
          String lastPart = parts[parts.length - 1];
          next.add(
              inflects && v.inflectAt() < 0
                  ? new Shape(split, split.size() - 1, lastPart)
                  : new Shape(split, v.inflectAt(), v.base()));
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
      String found = text.substring(start, end);
      findings.add(
          new Finding(
              start,
              end,
              found,
              e.category(),
              e.suggestion(),
              e.explanation(),
              e.id(),
              e.replaces() ? replacement(e.replace(), found, words, i, matched, best) : null));
      i += matched;
    }
    return findings;
  }

  /**
   * The entry's replacement as it reads in place of the words found: a word ending in * takes the
   * ending of the phrase's inflecting word as found, the first letter keeps the case it had (all
   * capitals stay capitals), and a possessive 's on the last word stays.
   */
  private static String replacement(
      String replace, String found, Words words, int at, int length, Variant v) {
    Shape shape = v.shape();
    Inflections.Form form =
        shape.inflectAt() < 0
            ? Inflections.Form.BASE
            : Inflections.formOf(words.key(at + shape.inflectAt()), shape.base());
    StringBuilder out = new StringBuilder();
    for (String word : replace.strip().split("\\s+")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(
          word.endsWith("*") ? Inflections.make(word.substring(0, word.length() - 1), form) : word);
    }
    String r = out.toString();
    String lastWord = found.substring(words.start(at + length - 1) - words.start(at));
    String lastLower = lastWord.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (lastLower.endsWith("'s")) {
      r += lastWord.substring(lastWord.length() - 2);
    }
    return matchCase(r, found);
  }

  private static String matchCase(String replacement, String found) {
    int letters = 0;
    boolean allUpper = true;
    for (int k = 0; k < found.length(); k++) {
      char c = found.charAt(k);
      if (Character.isLetter(c)) {
        letters++;
        allUpper &= Character.isUpperCase(c);
      }
    }
    if (letters > 1 && allUpper) {
      return replacement.toUpperCase(Locale.ROOT);
    }
    if (!found.isEmpty()
        && Character.isUpperCase(found.codePointAt(0))
        && !replacement.isEmpty()
        && Character.isLowerCase(replacement.codePointAt(0))) {
      int first = replacement.codePointAt(0);
      return new StringBuilder()
          .appendCodePoint(Character.toUpperCase(first))
          .append(replacement.substring(Character.charCount(first)))
          .toString();
    }
    return replacement;
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
