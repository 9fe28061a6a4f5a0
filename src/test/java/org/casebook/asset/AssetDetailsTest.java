package org.casebook.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.casebook.platform.RuleViolation;
import org.junit.jupiter.api.Test;

class AssetDetailsTest {

  static AssetDetails garden() {
    return new AssetDetails(
        "  Mill Lane   Community Garden ",
        "Growing vegetables together.\r\n\r\nTea at eleven.",
        AssetCategory.PHYSICAL_SPACES,
        List.of("Gardening", " outdoors ", "gardening"),
        "Anyone who likes being outside",
        18,
        null,
        "Mill Lane\nAshford Vale",
        "av1 2nb",
        " Millbrook ",
        54.05,
        -2.0,
        List.of(new OpeningTime(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(12, 0))),
        null,
        true,
        null,
        "Level paths; accessible toilet in the hall",
        "Jean",
        "01632 960123",
        "garden@example.org",
        "https://example.org/garden",
        true);
  }

  private static AssetDetails with(java.util.function.UnaryOperator<Object[]> change) {
    AssetDetails d = garden();
    Object[] f = {
      d.name(), d.description(), d.category(), d.tags(), d.forWhom(), d.minimumAge(),
      d.maximumAge(), d.address(), d.postcode(), d.ward(), d.latitude(), d.longitude(),
      d.openingTimes(), d.openingNotes(), d.free(), d.cost(), d.accessibility(), d.contactName(),
      d.phone(), d.email(), d.website(), d.published()
    };
    f = change.apply(f);
    @SuppressWarnings("unchecked")
    AssetDetails changed =
        new AssetDetails(
            (String) f[0],
            (String) f[1],
            (AssetCategory) f[2],
            (List<String>) f[3],
            (String) f[4],
            (Integer) f[5],
            (Integer) f[6],
            (String) f[7],
            (String) f[8],
            (String) f[9],
            (Double) f[10],
            (Double) f[11],
            (List<OpeningTime>) f[12],
            (String) f[13],
            (Boolean) f[14],
            (String) f[15],
            (String) f[16],
            (String) f[17],
            (String) f[18],
            (String) f[19],
            (String) f[20],
            (Boolean) f[21]);
    return changed;
  }

  private static AssetDetails set(int field, Object value) {
    return with(
        f -> {
          f[field] = value;
          return f;
        });
  }

  @Test
  void aGoodAssetHasNoProblemsAndIsTidiedForKeeping() {
    AssetDetails d = garden();
    assertTrue(d.problems().isEmpty(), d.problems().toString());
    AssetDetails t = d.tidy();
    assertEquals("Mill Lane Community Garden", t.name());
    assertEquals("Growing vegetables together.\n\nTea at eleven.", t.description());
    assertEquals(List.of("gardening", "outdoors"), t.tags(), "lower case, once each");
    assertEquals("AV1 2NB", t.postcode());
    assertEquals("Millbrook", t.ward());
  }

  @Test
  void saysWhatIsWrongFieldByField() {
    assertEquals("asset.name.required", set(0, " ").problems().get("name").messageKey());
    assertEquals("field.tooLong", set(0, "x".repeat(151)).problems().get("name").messageKey());
    assertEquals("asset.category.required", set(2, null).problems().get("category").messageKey());
    assertEquals("asset.age.range", set(5, -1).problems().get("minimumAge").messageKey());
    assertEquals(
        "asset.age.order",
        with(f -> {
              f[5] = 65;
              f[6] = 18;
              return f;
            })
            .problems()
            .get("maximumAge")
            .messageKey());
    assertEquals(
        "person.postcode.invalid", set(8, "NOT A PC").problems().get("postcode").messageKey());
    assertEquals("asset.location.both", set(11, null).problems().get("longitude").messageKey());
    assertEquals("asset.latitude.range", set(10, 95.0).problems().get("latitude").messageKey());
    assertEquals("asset.longitude.range", set(11, 200.0).problems().get("longitude").messageKey());
    assertEquals("asset.phone.invalid", set(18, "call Jean").problems().get("phone").messageKey());
    assertEquals(
        "asset.email.invalid", set(19, "jean at garden").problems().get("email").messageKey());
    assertEquals(
        "asset.website.invalid",
        set(20, "javascript:alert(1)").problems().get("website").messageKey());
    assertEquals(
        "asset.tags.tooLong", set(3, List.of("x".repeat(41))).problems().get("tags").messageKey());
    assertEquals(
        "asset.tags.tooMany",
        set(3, java.util.stream.IntStream.range(0, 21).mapToObj(i -> "t" + i).toList())
            .problems()
            .get("tags")
            .messageKey());
  }

  @Test
  void tagsAreTypedInOneBox() {
    assertEquals(
        List.of("gardening", "outdoors", "tea"),
        AssetDetails.tagsFrom("gardening, outdoors;tea,,"));
    assertTrue(AssetDetails.tagsFrom(null).isEmpty());
  }

  @Test
  void anAssetKeepsItsOwnRules() {
    Instant now = Instant.parse("2026-11-23T10:00:00Z");
    Asset asset = new Asset(garden(), Asset.Source.CASEBOOK, null, "eve", now);
    assertEquals(36, asset.getPublicId().length());
    assertEquals(List.of("gardening", "outdoors"), asset.getTags());
    assertTrue(asset.isDueForVerification(LocalDate.of(2026, 11, 23), 365), "never verified");
    asset.verify("eve", LocalDate.of(2026, 11, 23), now);
    assertFalse(asset.isDueForVerification(LocalDate.of(2027, 11, 23), 365));
    assertTrue(asset.isDueForVerification(LocalDate.of(2027, 11, 24), 365));

    assertThrows(RuleViolation.class, () -> asset.update(set(0, ""), "eve", now));
    assertEquals("Mill Lane Community Garden", asset.getName(), "a refused change changes nothing");

    assertThrows(RuleViolation.class, () -> asset.retire(" ", "eve", now));
    asset.retire("Closed for good", "eve", now);
    assertTrue(asset.isRetired());
    assertFalse(asset.isDueForVerification(LocalDate.of(2030, 1, 1), 365));
    assertThrows(RuleViolation.class, () -> asset.update(garden(), "eve", now));
    assertThrows(RuleViolation.class, () -> asset.verify("eve", LocalDate.of(2026, 11, 23), now));
    asset.reinstate("eve", now);
    assertFalse(asset.isRetired());
    assertNull(asset.getRetiredReason());
  }

  @Test
  void searchTextHoldsWhatAWorkerWouldSearchBy() {
    String text = Asset.searchTextOf(garden().tidy());
    assertTrue(text.contains("mill lane community garden"));
    assertTrue(text.contains("gardening"));
    assertTrue(text.contains("millbrook"));
    assertTrue(text.contains("av1 2nb"));
  }

  @Test
  void aConnectionKeepsItsStory() {
    Instant now = Instant.parse("2026-11-23T10:00:00Z");
    Asset asset = new Asset(garden(), Asset.Source.CASEBOOK, null, "eve", now);
    AssetLink link = new AssetLink(1L, 2L, asset, "Peggy liked the sound of it", "sam", now);
    assertEquals(LinkStatus.SUGGESTED, link.getStatus());
    link.moveTo(LinkStatus.INTRODUCED, null, "sam", now.plusSeconds(60));
    link.moveTo(LinkStatus.ATTENDED, "Went twice", "sam", now.plusSeconds(120));
    assertThrows(RuleViolation.class, () -> link.moveTo(LinkStatus.ATTENDED, null, "sam", now));
    assertThrows(RuleViolation.class, () -> link.moveTo(LinkStatus.NOT_SUITABLE, " ", "sam", now));
    link.moveTo(LinkStatus.NOT_SUITABLE, "Too far to walk in winter", "sam", now.plusSeconds(180));
    assertEquals("Too far to walk in winter", link.getReason());
    assertEquals(4, link.getSteps().size());
    assertEquals(LinkStatus.SUGGESTED, link.getSteps().get(0).getStatus());
    link.moveTo(LinkStatus.STILL_ENGAGED, null, "sam", now.plusSeconds(240));
    assertNull(link.getReason(), "the reason goes with the not-suitable step");

    asset.retire("Closed", "eve", now);
    assertThrows(RuleViolation.class, () -> new AssetLink(1L, 2L, asset, null, "sam", now));
  }

  @Test
  void aFlagNeedsAReasonAndIsDealtWithOnce() {
    Instant now = Instant.parse("2026-11-23T10:00:00Z");
    Asset asset = new Asset(garden(), Asset.Source.CASEBOOK, null, "eve", now);
    assertThrows(RuleViolation.class, () -> new AssetFlag(asset, null, "x", "sam", now));
    assertThrows(
        RuleViolation.class, () -> new AssetFlag(asset, FlagReason.OTHER, " ", "sam", now));
    AssetFlag flag = new AssetFlag(asset, FlagReason.CLOSED, "Sign on the gate", "sam", now);
    assertFalse(flag.isResolved());
    flag.resolve(AssetFlag.Outcome.DISMISSED, "eve", now);
    assertTrue(flag.isResolved());
    assertThrows(RuleViolation.class, () -> flag.resolve(AssetFlag.Outcome.VERIFIED, "eve", now));
  }
}
