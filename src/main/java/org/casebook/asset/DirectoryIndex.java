package org.casebook.asset;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a directory search needs to know of every asset in the directory, held in memory so that a
 * search by words and distance over tens of thousands of assets takes milliseconds. Matching is the
 * same on every database: words are found anywhere in the name, description, tags, ward, address
 * and postcode, whatever their capitals or accents.
 */
public final class DirectoryIndex {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** One asset as the index sees it. Latitude and longitude are NaN when it has no place. */
  public record Entry(
      long id,
      String name,
      String text,
      AssetCategory category,
      Set<String> tags,
      String ward,
      int days,
      boolean free,
      double latitude,
      double longitude) {

    boolean located() {
      return !Double.isNaN(latitude) && !Double.isNaN(longitude);
    }
  }

  /** An asset found, and how far it is from where the search was made (null if unknown). */
  public record Found(long id, Double miles) {}

  private final List<Entry> entries;

  public DirectoryIndex(Collection<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public int size() {
    return entries.size();
  }

  /** Lower case, accents taken off, for matching words the way people type them. */
  public static String fold(String s) {
    if (s == null) {
      return "";
    }
    String lower = s.toLowerCase(Locale.UK);
    return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
  }

  /** The bit for a day in {@link Entry#days}. */
  public static int dayBit(DayOfWeek day) {
    return 1 << (day.getValue() - 1);
  }

  /**
   * The first {@code limit} assets that match, nearest first when the search has a place (those
   * without a place last), otherwise by name.
   */
  public List<Found> search(AssetSearch search, int limit) {
    List<String> words = search.words().stream().map(DirectoryIndex::fold).toList();
    String tag = search.tag() == null || search.tag().isBlank() ? null : fold(search.tag().strip());
    String ward =
        search.ward() == null || search.ward().isBlank() ? null : fold(search.ward().strip());
    int day = search.openOn() == null ? 0 : dayBit(search.openOn());
    GeoPoint near = search.near();
    Double within = near == null ? null : search.withinMiles();
    GeoPoint.Box box = within == null ? null : near.boxAround(within);

    Comparator<Ranked> order =
        near == null
            ? Comparator.comparing((Ranked r) -> r.entry.name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(r -> r.entry.id())
            : Comparator.comparing((Ranked r) -> !r.entry.located())
                .thenComparingDouble(r -> r.rank)
                .thenComparing(r -> r.entry.name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(r -> r.entry.id());
    // The best "limit" so far, worst at the head, so each new match costs log(limit).
    PriorityQueue<Ranked> best = new PriorityQueue<>(limit + 1, order.reversed());
    for (Entry e : entries) {
      if ((search.category() != null && e.category() != search.category())
          || (search.freeOnly() && !e.free())
          || (day != 0 && (e.days() & day) == 0)
          || (ward != null && !ward.equals(e.ward()))
          || (tag != null && !e.tags().contains(tag))) {
        continue;
      }
      if (box != null
          && (!e.located()
              || e.latitude() < box.south()
              || e.latitude() > box.north()
              || e.longitude() < box.west()
              || e.longitude() > box.east())) {
        continue;
      }
      if (!containsAll(e.text(), words)) {
        continue;
      }
      // The exact great-circle distance: cheap enough for every match, and never ranks wrongly.
      double rank =
          near != null && e.located() ? near.milesTo(new GeoPoint(e.latitude(), e.longitude())) : 0;
      if (within != null && rank > within) {
        continue;
      }
      best.add(new Ranked(e, rank));
      if (best.size() > limit) {
        best.poll();
      }
    }
    List<Ranked> ranked = new ArrayList<>(best);
    ranked.sort(order);
    return ranked.stream()
        .map(r -> new Found(r.entry.id(), near != null && r.entry.located() ? r.rank : null))
        .toList();
  }

  private static boolean containsAll(String text, List<String> words) {
    for (String w : words) {
      if (!text.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private record Ranked(Entry entry, double rank) {}
}
