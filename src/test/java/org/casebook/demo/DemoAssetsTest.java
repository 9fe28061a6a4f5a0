package org.casebook.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.casebook.asset.AssetCategory;
import org.casebook.asset.AssetDetails;
import org.casebook.asset.GeoPoint;
import org.casebook.asset.WardGaps;
import org.casebook.person.Postcode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo directory of Ashford Vale is well formed and tells the story the README promises. */
class DemoAssetsTest {

  /** The demo people's postcodes and wards, as in DemoData. */
  private static final Map<String, String> PEOPLE =
      Map.of(
          "AV1 2NB", "Millbrook",
          "AV2 4DS", "Canalside",
          "AV1 5QR", "Millbrook",
          "AV3 1SR", "Station",
          "AV2 9TA", "Canalside",
          "AV4 7BE", "Brook End",
          "AV2 3FD", "Canalside");

  /** The documented answer in src/main/resources/demo/README.md. */
  private static final String NEAREST_FREE_SATURDAY_GARDENING = "Hillside Community Garden";

  private static DemoAssets.Directory directory;
  private static Map<String, DemoAssets.PostcodeData> located;

  @BeforeAll
  static void read() {
    directory = DemoAssets.read();
    located = new HashMap<>();
    for (DemoAssets.PostcodeData p : directory.postcodes) {
      located.put(p.postcode, p);
    }
  }

  private static List<DemoAssets.AssetData> active() {
    return directory.assets.stream().filter(a -> a.retiredReason == null).toList();
  }

  @Test
  void sixtyFiveToEightyAssetsInEveryCategoryWithUniqueNames() {
    int n = directory.assets.size();
    assertTrue(n >= 65 && n <= 80, n + " assets");
    Set<AssetCategory> categories = EnumSet.noneOf(AssetCategory.class);
    directory.assets.forEach(a -> categories.add(a.category));
    assertEquals(EnumSet.allOf(AssetCategory.class), categories);
    assertEquals(n, directory.assets.stream().map(a -> a.name).distinct().count());
    for (AssetCategory c : AssetCategory.values()) {
      long inCategory = directory.assets.stream().filter(a -> a.category == c).count();
      assertTrue(inCategory >= 5, c + " has only " + inCategory);
    }
  }

  @Test
  void everyAssetPassesTheEditorsRules() {
    for (DemoAssets.AssetData a : directory.assets) {
      AssetDetails details = a.details();
      assertEquals(Map.of(), details.problems(), a.name);
      assertFalse(details.tags().isEmpty(), a.name + " has no tags");
      assertNotNull(details.description(), a.name);
      assertNotNull(details.forWhom(), a.name);
    }
  }

  @Test
  void contactsAreFictional() {
    for (DemoAssets.AssetData a : directory.assets) {
      if (a.phone != null) {
        // Ofcom's numbers for drama: never given to anyone.
        assertTrue(a.phone.matches("01632 960\\d{3}"), a.name + ": " + a.phone);
      }
      if (a.email != null) {
        assertTrue(a.email.endsWith("@example.org"), a.name + ": " + a.email);
      }
      if (a.website != null) {
        assertTrue(a.website.startsWith("https://") && a.website.contains("example.org"), a.name);
      }
    }
    Set<String> phones = new HashSet<>();
    directory.assets.stream().filter(a -> a.phone != null).forEach(a -> phones.add(a.phone));
    assertEquals(
        directory.assets.stream().filter(a -> a.phone != null).count(),
        phones.size(),
        "each asset its own phone number");
  }

  @Test
  void everyPostcodeIsValidFictionalAndLocatedInItsWard() {
    for (DemoAssets.PostcodeData p : directory.postcodes) {
      assertTrue(Postcode.isValid(p.postcode), p.postcode);
      assertEquals(Postcode.normalise(p.postcode).orElseThrow(), p.postcode);
      assertTrue(p.postcode.matches("AV[1-6] .*"), "AV1 to AV6 only: " + p.postcode);
      assertNotNull(p.ward, p.postcode);
      // Ashford Vale lies around 54.05 N, 2.00 W and is a few kilometres across.
      GeoPoint centre = new GeoPoint(54.05, -2.0);
      assertTrue(centre.kilometresTo(new GeoPoint(p.latitude, p.longitude)) < 4.5, p.postcode);
    }
    assertEquals(
        directory.postcodes.size(),
        directory.postcodes.stream().map(p -> p.postcode).distinct().count());
    for (DemoAssets.AssetData a : directory.assets) {
      if (a.postcode == null) {
        assertTrue(a.ward == null && a.latitude == null, a.name + ": no postcode, no place");
        continue;
      }
      DemoAssets.PostcodeData p = located.get(a.postcode);
      assertNotNull(p, a.name + ": " + a.postcode + " is not in the postcode directory");
      assertEquals(p.ward, a.ward, a.name);
      assertNotNull(a.latitude, a.name);
      assertTrue(
          new GeoPoint(p.latitude, p.longitude).kilometresTo(new GeoPoint(a.latitude, a.longitude))
              < 0.2,
          a.name + " is far from its postcode");
    }
    PEOPLE.forEach(
        (postcode, ward) -> {
          assertNotNull(located.get(postcode), "demo person's postcode " + postcode);
          assertEquals(ward, located.get(postcode).ward, postcode);
        });
  }

  @Test
  void eightToTenWardsSomeRichSomeShort() {
    Set<String> wards = new TreeSet<>();
    directory.postcodes.forEach(p -> wards.add(p.ward));
    assertTrue(wards.size() >= 8 && wards.size() <= 10, wards.toString());
    assertTrue(wards.containsAll(PEOPLE.values()), wards.toString());
    Map<String, Long> perWard =
        active().stream()
            .filter(a -> a.ward != null)
            .collect(Collectors.groupingBy(a -> a.ward, Collectors.counting()));
    assertTrue(perWard.get("Millbrook") >= 15, "Millbrook is rich: " + perWard);
    assertTrue(perWard.getOrDefault("Canalside", 0L) <= 3, "Canalside is short: " + perWard);
    assertEquals(0, perWard.getOrDefault("Brook End", 0L), "Brook End has lost its only asset");
  }

  @Test
  void verificationRetiringAndPublishingAsTheReadmeSays() {
    long overdue =
        active().stream().filter(a -> a.verifiedDaysAgo != null && a.verifiedDaysAgo > 365).count();
    long never = directory.assets.stream().filter(a -> a.verifiedDaysAgo == null).count();
    long recent =
        active().stream()
            .filter(a -> a.verifiedDaysAgo != null && a.verifiedDaysAgo <= 365)
            .count();
    long retired = directory.assets.size() - active().size();
    long unpublished = directory.assets.stream().filter(a -> !a.published).count();
    assertTrue(overdue >= 7 && overdue <= 9, overdue + " overdue");
    assertTrue(never >= 2 && never <= 4, never + " never verified");
    assertTrue(recent > directory.assets.size() / 2, "most were checked within the year");
    assertTrue(retired >= 2 && retired <= 3, retired + " retired");
    assertTrue(unpublished >= 1 && unpublished <= 2, unpublished + " not published");
    assertTrue(active().stream().filter(a -> a.opening.containsKey("SATURDAY")).count() >= 10);
    assertTrue(active().stream().filter(a -> a.free).count() > directory.assets.size() / 2);
  }

  @Test
  void theNearestFreeGardeningGroupOpenOnSaturdaysFromPeggysIsTheDocumentedOne() {
    DemoAssets.PostcodeData home = located.get("AV1 2NB");
    GeoPoint peggy = new GeoPoint(home.latitude, home.longitude);
    Comparator<DemoAssets.AssetData> nearest =
        Comparator.comparingDouble(a -> peggy.milesTo(new GeoPoint(a.latitude, a.longitude)));
    List<DemoAssets.AssetData> saturdayGardening =
        active().stream()
            .filter(a -> a.tags.contains("gardening"))
            .filter(a -> a.latitude != null)
            .filter(a -> a.details().openingTimes().stream().anyMatch(this::onSaturday))
            .sorted(nearest)
            .toList();
    List<DemoAssets.AssetData> free = saturdayGardening.stream().filter(a -> a.free).toList();
    assertTrue(free.size() >= 2, "at least two free ones to choose between");
    assertEquals(NEAREST_FREE_SATURDAY_GARDENING, free.get(0).name);
    double answer = miles(peggy, free.get(0));
    assertTrue(miles(peggy, free.get(1)) - answer > 0.25, "a clear winner");
    // A paid one nearer, which the "free" filter must leave out.
    assertFalse(saturdayGardening.get(0).free);
    assertTrue(miles(peggy, saturdayGardening.get(0)) < answer);
    // A retired free one nearer still, which the search must leave out too.
    assertTrue(
        directory.assets.stream()
            .anyMatch(
                a ->
                    a.retiredReason != null
                        && a.free
                        && a.tags.contains("gardening")
                        && a.opening.containsKey("SATURDAY")
                        && miles(peggy, a) < answer));
  }

  @Test
  void theGapsPageShowsCanalsideAndBrookEndShortOfCommunityCapacity() {
    // The demo's people by ward, and its two conversations (Peggy's, Daniel's draft).
    WardGaps.Builder gaps = WardGaps.builder();
    directory.postcodes.forEach(p -> gaps.ward(p.ward));
    active().forEach(a -> gaps.assets(a.ward, a.category, 1));
    List.of("Millbrook", "Canalside", "Millbrook", "Station", "Canalside", "Station", "Brook End")
        .forEach(w -> gaps.people(w, 1));
    gaps.people("Canalside", 1);
    gaps.conversations("Millbrook", 1).conversations("Canalside", 1);
    WardGaps result = gaps.build();
    assertEquals(
        List.of("Brook End", "Canalside"),
        result.shortWards().stream().map(WardGaps.Row::ward).toList());
    assertTrue(result.rows().get(result.rows().size() - 1).isWardNotRecorded());
  }

  private boolean onSaturday(org.casebook.asset.OpeningTime t) {
    return t.day() == DayOfWeek.SATURDAY;
  }

  private static double miles(GeoPoint from, DemoAssets.AssetData a) {
    return from.milesTo(new GeoPoint(a.latitude, a.longitude));
  }
}
