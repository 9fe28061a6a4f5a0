package org.casebook.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DirectoryIndexTest {

  private static DirectoryIndex.Entry entry(
      long id,
      String name,
      AssetCategory category,
      String tag,
      String ward,
      boolean free,
      double lat,
      double lng,
      DayOfWeek... days) {
    int mask = 0;
    for (DayOfWeek d : days) {
      mask |= DirectoryIndex.dayBit(d);
    }
    return new DirectoryIndex.Entry(
        id,
        name,
        DirectoryIndex.fold(name + " " + tag + " " + ward),
        category,
        Set.of(tag),
        DirectoryIndex.fold(ward),
        mask,
        free,
        lat,
        lng);
  }

  private static final DirectoryIndex INDEX =
      new DirectoryIndex(
          List.of(
              entry(
                  1,
                  "Mill Lane Lunch Club",
                  AssetCategory.ASSOCIATIONS,
                  "lunch club",
                  "Millbrook",
                  false,
                  54.010,
                  -2.0,
                  DayOfWeek.TUESDAY),
              entry(
                  2,
                  "Brook Garden",
                  AssetCategory.PHYSICAL_SPACES,
                  "gardening",
                  "Riverside",
                  true,
                  54.002,
                  -2.0,
                  DayOfWeek.SATURDAY),
              entry(
                  3,
                  "Far Garden",
                  AssetCategory.PHYSICAL_SPACES,
                  "gardening",
                  "Hillside",
                  true,
                  54.200,
                  -2.0,
                  DayOfWeek.SATURDAY,
                  DayOfWeek.SUNDAY),
              entry(
                  4,
                  "Café Corner",
                  AssetCategory.ECONOMIC,
                  "food",
                  "Riverside",
                  false,
                  Double.NaN,
                  Double.NaN,
                  DayOfWeek.MONDAY),
              entry(
                  5,
                  "Allotments",
                  AssetCategory.PHYSICAL_SPACES,
                  "gardening",
                  "Millbrook",
                  false,
                  54.001,
                  -2.0,
                  DayOfWeek.SATURDAY)));

  private static List<Long> ids(List<DirectoryIndex.Found> found) {
    return found.stream().map(DirectoryIndex.Found::id).toList();
  }

  private static AssetSearch words(String text) {
    return new AssetSearch(text, null, null, null, null, false, null, null);
  }

  @Test
  void findsEveryWordWhateverItsCapitalsOrAccents() {
    assertEquals(List.of(5L, 2L, 3L), ids(INDEX.search(words("GARDEN"), 10)), "name or tag");
    assertEquals(List.of(4L), ids(INDEX.search(words("cafe"), 10)), "café without the accent");
    assertEquals(List.of(5L, 1L), ids(INDEX.search(words("millbrook"), 10)));
    assertEquals(List.of(), ids(INDEX.search(words("lunch riverside"), 10)), "every word");
    assertEquals(5, INDEX.search(AssetSearch.everything(), 10).size());
    assertEquals(
        List.of(5L, 2L), ids(INDEX.search(AssetSearch.everything(), 2)), "by name, up to a limit");
  }

  @Test
  void filtersByKindTagWardDayAndCost() {
    assertEquals(
        List.of(4L),
        ids(
            INDEX.search(
                new AssetSearch(null, AssetCategory.ECONOMIC, null, null, null, false, null, null),
                10)));
    assertEquals(
        List.of(5L, 2L, 3L),
        ids(
            INDEX.search(
                new AssetSearch(null, null, "Gardening", null, null, false, null, null), 10)));
    assertEquals(
        List.of(2L, 4L),
        ids(
            INDEX.search(
                new AssetSearch(null, null, null, " riverside ", null, false, null, null), 10)));
    assertEquals(
        List.of(3L),
        ids(
            INDEX.search(
                new AssetSearch(null, null, null, null, DayOfWeek.SUNDAY, false, null, null), 10)));
    assertEquals(
        List.of(2L, 3L),
        ids(INDEX.search(new AssetSearch(null, null, null, null, null, true, null, null), 10)));
  }

  @Test
  void fromAPlaceNearestComeFirstAndThoseWithNoPlaceLast() {
    GeoPoint home = new GeoPoint(54.0, -2.0);
    List<DirectoryIndex.Found> found =
        INDEX.search(new AssetSearch(null, null, null, null, null, false, home, null), 10);
    assertEquals(List.of(5L, 2L, 1L, 3L, 4L), ids(found));
    assertEquals(0.069, found.get(0).miles(), 0.001);
    assertNull(found.get(4).miles(), "no place, no distance");
    assertEquals(
        List.of(5L, 2L),
        ids(INDEX.search(new AssetSearch(null, null, null, null, null, false, home, 0.5), 10)),
        "within half a mile; nothing without a place");
    assertEquals(
        List.of(2L, 3L),
        ids(
            INDEX.search(
                new AssetSearch(
                    "gardening", null, null, null, DayOfWeek.SATURDAY, true, home, null),
                10)),
        "the nearest free gardening group open on Saturdays");
  }

  @Property
  void theLimitKeepsTheNearestOfAll(
      @ForAll @IntRange(min = 1, max = 40) int limit,
      @ForAll @DoubleRange(min = 53.5, max = 54.5) double lat,
      @ForAll @DoubleRange(min = -2.5, max = -1.5) double lng) {
    List<DirectoryIndex.Entry> entries = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      entries.add(
          entry(
              i,
              "Group " + i,
              AssetCategory.ASSOCIATIONS,
              "x",
              "W",
              true,
              54.0 + ((i * 7919) % 1000 - 500) / 1000.0,
              -2.0 + ((i * 104729) % 1000 - 500) / 1000.0));
    }
    GeoPoint from = new GeoPoint(lat, lng);
    List<DirectoryIndex.Found> found =
        new DirectoryIndex(entries)
            .search(new AssetSearch(null, null, null, null, null, false, from, null), limit);
    assertEquals(limit, found.size());
    double worstKept = found.get(found.size() - 1).miles();
    for (int i = 1; i < found.size(); i++) {
      assertTrue(found.get(i - 1).miles() <= found.get(i).miles() + 1e-9, "nearest first");
    }
    long closerLeftOut =
        entries.stream()
            .filter(e -> from.milesTo(new GeoPoint(e.latitude(), e.longitude())) < worstKept - 1e-6)
            .count();
    assertTrue(closerLeftOut <= limit, "nothing nearer was left out");
  }
}
