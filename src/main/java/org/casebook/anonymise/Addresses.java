package org.casebook.anonymise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Addresses: a house number and street ("14 Mill Lane", "Flat 3, 22 Church Street", "12-14 High
 * St"), a flat in a named building ("Flat 3, Elm Court"), and the addresses, postcodes and wards
 * Casebook holds for the case, however they are spaced or capitalised. A street of a known address
 * written without its number becomes "[street]"; the town or village of a known address is left in
 * and flagged. Known phrases are matched word by word, so opening a case compiles nothing.
 */
final class Addresses {

  static final int ADDRESS_PRIORITY = 75;
  static final int KNOWN_PRIORITY = 75;
  static final int WARD_PRIORITY = 50;

  static final String SUFFIXES =
      "Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Crescent|Cres|Terrace|Gardens|Gdns"
          + "|Grove|Place|Pl|Square|Sq|Way|Court|Ct|Mews|Parade|Row|Walk|Rise|Hill|Green|Park|View"
          + "|Vale|Fold|Croft|Gate|Meadow|Meadows|Brow|Bank|Wynd|Chase|Boulevard|Causeway|Yard|Lea"
          + "|Heights|Approach|Wharf|Quay|Hollow|Dene|Garth|Nook|Side|End|Villas|Cottages|Buildings";

  private static final String WORD = "[\\p{Lu}][\\p{L}'\u2019\\-]*";

  private static final Pattern STREET =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:(?:Flat|Apartment|Apt|Unit|FLAT|APARTMENT)\\.?\\s+\\d{1,4}[A-Za-z]?,?\\s+)?"
              + "\\d{1,4}[A-Za-z]?(?:\\s?-\\s?\\d{1,4}[A-Za-z]?)?,?\\s+(?:"
              + WORD
              + "\\s+){0,3}"
              + WORD
              + "\\s+(?i:"
              + SUFFIXES
              + ")\\.?(?![\\p{L}\\p{N}])");

  private static final Pattern FLAT_IN_BUILDING =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:Flat|Apartment|Apt|FLAT|APARTMENT)\\.?\\s+\\d{1,4}[A-Za-z]?,?\\s+(?:"
              + WORD
              + "\\s+){1,3}(?i:Court|House|Lodge|Mansions|Tower|Towers|Heights|Buildings|Point"
              + "|Place|Gardens|Close|Court)(?![\\p{L}\\p{N}])");

  private static final Pattern HAS_SUFFIX = Pattern.compile("(?i)\\b(?:" + SUFFIXES + ")\\.?$");

  private static final Set<String> OPENERS = Set.of("flat", "apartment", "apt", "unit");

  /** A known phrase as folded words, what it becomes, and whether "ward" may follow it. */
  private record Phrase(
      String[] words, Kind kind, String replacement, int priority, boolean ward) {}

  private final List<Phrase> phrases = new ArrayList<>();
  private final List<String[]> places = new ArrayList<>();

  /** Known postcodes, upper case without spaces, and their outward codes. */
  private final List<String> postcodes = new ArrayList<>();

  private final List<String> outwardCodes = new ArrayList<>();

  Addresses(List<KnownAddress> addresses, List<String> wardNames) {
    for (KnownAddress a : addresses) {
      if (a.line() != null && !a.line().isBlank()) {
        known(a.line(), Kind.ADDRESS, "[address]", KNOWN_PRIORITY);
        for (String part : a.line().split("[,\\n]")) {
          String p = part.strip();
          if (p.isEmpty()) {
            continue;
          }
          if (p.matches(".*\\d.*")) {
            known(p, Kind.ADDRESS, "[address]", KNOWN_PRIORITY);
            String street =
                p.replaceFirst("^(?:(?i:flat|apartment|apt|unit)\\s+)?\\d+[A-Za-z]?\\s+", "");
            if (!street.equals(p)
                && !street.matches(".*\\d.*")
                && HAS_SUFFIX.matcher(street).find()) {
              known(street, Kind.ADDRESS, "[street]", KNOWN_PRIORITY - 1);
            }
          } else if (HAS_SUFFIX.matcher(p).find()) {
            known(p, Kind.ADDRESS, "[street]", KNOWN_PRIORITY - 1);
          } else {
            places.add(words(p));
          }
        }
      }
      if (a.postcode() != null && !a.postcode().isBlank()) {
        String pc = a.postcode().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (pc.length() > 3) {
          postcodes.add(pc);
          outwardCodes.add(pc.substring(0, pc.length() - 3));
        }
      }
    }
    for (String ward : wardNames) {
      if (ward != null && !ward.isBlank()) {
        String w = ward.strip().replaceFirst("(?i)\\s+ward$", "");
        phrases.add(new Phrase(words(w), Kind.WARD, "[ward]", WARD_PRIORITY, true));
      }
    }
  }

  private void known(String text, Kind kind, String replacement, int priority) {
    String[] w = words(text);
    if (w.length > 0) {
      phrases.add(new Phrase(w, kind, replacement, priority, false));
    }
  }

  private static String[] words(String text) {
    Tokens t = Tokens.of(text);
    String[] w = new String[t.size];
    System.arraycopy(t.folded, 0, w, 0, t.size);
    return w;
  }

  void find(Tokens t, List<Span> out, List<int[]> placesToFlag) {
    Scan.starts(
        STREET,
        t,
        k -> Scan.digit(t, k) >= 0 || OPENERS.contains(t.folded[k]) ? t.start[k] : -1,
        m -> out.add(new Span(m.start(), m.end(), Kind.ADDRESS, "[address]", ADDRESS_PRIORITY)));
    Scan.starts(
        FLAT_IN_BUILDING,
        t,
        k -> OPENERS.contains(t.folded[k]) ? t.start[k] : -1,
        m -> out.add(new Span(m.start(), m.end(), Kind.ADDRESS, "[address]", ADDRESS_PRIORITY)));
    if (phrases.isEmpty() && places.isEmpty() && postcodes.isEmpty()) {
      return;
    }
    for (int k = 0; k < t.size; k++) {
      for (Phrase p : phrases) {
        int last = match(t, k, p.words);
        if (last >= 0) {
          if (p.ward
              && last + 1 < t.size
              && t.folded[last + 1].equals("ward")
              && t.spaceBefore(last + 1)) {
            last++;
          }
          out.add(new Span(t.start[k], t.end[last], p.kind, p.replacement, p.priority));
        }
      }
      for (String[] place : places) {
        int last = match(t, k, place);
        if (last >= 0) {
          placesToFlag.add(new int[] {t.start[k], t.end[last]});
        }
      }
      postcode(t, k, out);
    }
  }

  /** The last word of the phrase when it starts at word k, or -1. */
  private static int match(Tokens t, int k, String[] words) {
    if (k + words.length > t.size || !t.folded[k].equals(words[0])) {
      return -1;
    }
    for (int i = 1; i < words.length; i++) {
      int w = k + i;
      if (!t.folded[w].equals(words[i]) || !separatedByCommaOrSpace(t, w)) {
        return -1;
      }
    }
    return k + words.length - 1;
  }

  private static boolean separatedByCommaOrSpace(Tokens t, int w) {
    for (int i = t.after[w - 1]; i < t.start[w]; i++) {
      char c = t.text.charAt(i);
      if (!Character.isWhitespace(c) && c != ',' && c != '.' && c != '\u00a0') {
        return false;
      }
    }
    return t.start[w] > t.after[w - 1];
  }

  /** A known postcode however it is spaced or capitalised, or its outward code in capitals. */
  private void postcode(Tokens t, int k, List<Span> out) {
    String word = t.text.substring(t.start[k], t.end[k]);
    String upper = word.toUpperCase(Locale.ROOT);
    for (int i = 0; i < postcodes.size(); i++) {
      String pc = postcodes.get(i);
      String outward = outwardCodes.get(i);
      int end = -1;
      if (upper.equals(pc)) {
        end = t.end[k];
      } else if (upper.equals(outward)
          && k + 1 < t.size
          && t.spaceBefore(k + 1)
          && t.text
              .substring(t.start[k + 1], t.end[k + 1])
              .toUpperCase(Locale.ROOT)
              .equals(pc.substring(outward.length()))) {
        end = t.end[k + 1];
      } else if (word.equals(outward)) {
        // The outward code alone ("lives in HX7") still narrows down where the person lives.
        end = t.end[k];
      }
      if (end > 0) {
        out.add(
            new Span(t.start[k], end, Kind.POSTCODE, "[postcode]", Identifiers.POSTCODE_PRIORITY));
        return;
      }
    }
  }
}
