package org.casebook.asset;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.casebook.platform.Texts;

/**
 * What a worker is looking for in the directory. Every part is optional; a search from a place
 * ({@code near}) comes back nearest first, and {@code withinMiles} leaves out anything further.
 *
 * @param text words that must all appear in the name, description, tags, ward or address
 * @param category one kind of asset, or null for any
 * @param tag one tag, or null for any
 * @param ward one ward, or null for any
 * @param openOn open on this day of an ordinary week, or null for any day
 * @param freeOnly only assets that cost nothing
 * @param near the place to measure distance from, or null
 * @param withinMiles how far from {@code near} to look, or null for any distance
 */
public record AssetSearch(
    String text,
    AssetCategory category,
    String tag,
    String ward,
    DayOfWeek openOn,
    boolean freeOnly,
    GeoPoint near,
    Double withinMiles) {

  /** The most results one search shows, on the list and on the map. */
  public static final int MAX_RESULTS = 50;

  /** Search words beyond this many are ignored: more words than this narrow nothing useful. */
  static final int MAX_WORDS = 8;

  public static AssetSearch everything() {
    return new AssetSearch(null, null, null, null, null, false, null, null);
  }

  /** The search words, lower case, each at least two characters. */
  public List<String> words() {
    String t = Texts.oneLine(text);
    if (t == null) {
      return List.of();
    }
    return Arrays.stream(t.toLowerCase(Locale.UK).split(" "))
        .map(w -> w.replaceAll("^[\\p{Punct}]+|[\\p{Punct}]+$", ""))
        .filter(w -> w.length() >= 2)
        .distinct()
        .limit(MAX_WORDS)
        .toList();
  }
}
