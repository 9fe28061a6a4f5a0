package org.casebook.anonymise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses: a house number and street ("14 Mill Lane", "Flat 3, 22 Church Street", "12-14 High
 * St"), a flat in a named building ("Flat 3, Elm Court"), and the addresses, postcodes and wards
 * Casebook holds for the case, however they are spaced or capitalised. A street of a known address
 * written without its number becomes "[street]"; the town or village of a known address is left in
 * and flagged.
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

  private final List<Pattern> knownLines = new ArrayList<>();
  private final List<Pattern> knownStreets = new ArrayList<>();
  private final List<Pattern> knownPlaces = new ArrayList<>();
  private final List<Pattern> knownPostcodes = new ArrayList<>();
  private final List<Pattern> wards = new ArrayList<>();

  Addresses(List<KnownAddress> addresses, List<String> wardNames) {
    for (KnownAddress a : addresses) {
      if (a.line() != null && !a.line().isBlank()) {
        knownLines.add(phrase(a.line()));
        for (String part : a.line().split("[,\\n]")) {
          String p = part.strip();
          if (p.isEmpty()) {
            continue;
          }
          if (p.matches(".*\\d.*")) {
            knownLines.add(phrase(p));
            String street =
                p.replaceFirst("^(?:(?i:flat|apartment|apt|unit)\\s+)?\\d+[A-Za-z]?\\s+", "");
            if (!street.equals(p)
                && !street.matches(".*\\d.*")
                && HAS_SUFFIX.matcher(street).find()) {
              knownStreets.add(phrase(street));
            }
          } else if (HAS_SUFFIX.matcher(p).find()) {
            knownStreets.add(phrase(p));
          } else {
            knownPlaces.add(phrase(p));
          }
        }
      }
      if (a.postcode() != null && !a.postcode().isBlank()) {
        String pc = a.postcode().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (pc.length() > 3) {
          String outward = pc.substring(0, pc.length() - 3);
          String inward = pc.substring(pc.length() - 3);
          knownPostcodes.add(
              Pattern.compile(
                  "(?i)(?<![\\p{L}\\p{N}])"
                      + Pattern.quote(outward)
                      + "\\s*"
                      + Pattern.quote(inward)
                      + "(?![\\p{L}\\p{N}])"));
          // The outward code alone ("lives in HX7") still narrows down where the person lives.
          knownPostcodes.add(
              Pattern.compile(
                  "(?<![\\p{L}\\p{N}])" + Pattern.quote(outward) + "(?![\\p{L}\\p{N}])"));
        }
      }
    }
    for (String ward : wardNames) {
      if (ward != null && !ward.isBlank()) {
        String w = ward.strip().replaceFirst("(?i)\\s+ward$", "");
        wards.add(
            Pattern.compile(
                "(?i)(?<![\\p{L}\\p{N}])" + words(w) + "(?:\\s+ward)?(?![\\p{L}\\p{N}])"));
      }
    }
  }

  /**
   * A phrase matched whole, in any case, whatever spaces, commas or line breaks separate its words.
   */
  private static Pattern phrase(String text) {
    return Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + words(text) + "(?![\\p{L}\\p{N}])");
  }

  private static String words(String text) {
    StringBuilder b = new StringBuilder();
    for (String w : text.strip().split("[\\s,]+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (b.length() > 0) {
        b.append("[\\s,]+");
      }
      b.append(Pattern.quote(w.replaceAll("\\.$", ""))).append("\\.?");
    }
    return b.toString();
  }

  void find(String text, List<Span> out, List<int[]> placesToFlag) {
    add(STREET, text, out, Kind.ADDRESS, "[address]", ADDRESS_PRIORITY);
    add(FLAT_IN_BUILDING, text, out, Kind.ADDRESS, "[address]", ADDRESS_PRIORITY);
    for (Pattern p : knownLines) {
      add(p, text, out, Kind.ADDRESS, "[address]", KNOWN_PRIORITY);
    }
    for (Pattern p : knownStreets) {
      add(p, text, out, Kind.ADDRESS, "[street]", KNOWN_PRIORITY - 1);
    }
    for (Pattern p : knownPostcodes) {
      add(p, text, out, Kind.POSTCODE, "[postcode]", Identifiers.POSTCODE_PRIORITY);
    }
    for (Pattern p : wards) {
      add(p, text, out, Kind.WARD, "[ward]", WARD_PRIORITY);
    }
    for (Pattern p : knownPlaces) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        placesToFlag.add(new int[] {m.start(), m.end()});
      }
    }
  }

  private static void add(
      Pattern p, String text, List<Span> out, Kind kind, String replacement, int priority) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(new Span(m.start(), m.end(), kind, replacement, priority));
    }
  }
}
