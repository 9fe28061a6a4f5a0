package org.casebook.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.casebook.platform.Messages;
import org.junit.jupiter.api.Test;

class WardGapsTest {

  private static WardGaps.Row row(WardGaps gaps, String ward) {
    return gaps.rows().stream()
        .filter(r -> ward == null ? r.isWardNotRecorded() : ward.equals(r.ward()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + ward));
  }

  @Test
  void wardsMatchIgnoringCapitalsAndSpacesAndKeepTheFirstSpelling() {
    WardGaps gaps =
        WardGaps.builder()
            .ward("Brook End")
            .assets("brook end ", AssetCategory.ASSOCIATIONS, 2)
            .assets("  BROOK   END", AssetCategory.CULTURAL, 1)
            .people("Brook End", 3)
            .conversations("brook\u00A0end", 4)
            .build();
    assertEquals(1, gaps.rows().size());
    WardGaps.Row brookEnd = gaps.rows().get(0);
    assertEquals("Brook End", brookEnd.ward());
    assertEquals(3, brookEnd.totalAssets());
    assertEquals(3, brookEnd.people());
    assertEquals(4, brookEnd.conversations());
    assertEquals(7.5, brookEnd.assetsPerTenConversations(), 1e-9);
  }

  @Test
  void peopleAndAssetsWithNoWardGoInTheirOwnRowLastAndAreNeverShort() {
    WardGaps gaps =
        WardGaps.builder()
            .assets("Market", AssetCategory.INSTITUTIONS, 4)
            .conversations("Market", 2)
            .people(null, 2)
            .people("   ", 1)
            .conversations("", 5)
            .build();
    WardGaps.Row last = gaps.rows().get(gaps.rows().size() - 1);
    assertTrue(last.isWardNotRecorded());
    assertEquals(3, last.people());
    assertEquals(5, last.conversations());
    assertEquals(0, last.totalAssets());
    assertFalse(last.shortOfCapacity(), "not a place, so never short");
    assertFalse(last.gap(AssetCategory.INSTITUTIONS));
    assertEquals(7, gaps.total().conversations());
  }

  @Test
  void noUnrecordedRowWhenEveryoneHasAWard() {
    WardGaps gaps = WardGaps.builder().ward("Hillside").people("Hillside", 1).build();
    assertEquals(List.of("Hillside"), gaps.rows().stream().map(WardGaps.Row::ward).toList());
  }

  @Test
  void aWardWithFewerThanHalfTheCouncilsAssetsPerConversationIsShort() {
    // Council: 40 assets for 20 conversations = 20 per 10; short means under 10 per 10.
    WardGaps gaps =
        WardGaps.builder()
            .assets("Rich", AssetCategory.ASSOCIATIONS, 30)
            .conversations("Rich", 10)
            .assets("OnTheLine", AssetCategory.ASSOCIATIONS, 5)
            .conversations("OnTheLine", 5)
            .assets("Thin", AssetCategory.ASSOCIATIONS, 5)
            .conversations("Thin", 5)
            .build();
    // Every ward here: Rich 30/10 = 30 per 10, OnTheLine 5/5 = 10 per 10, Thin 5/5 = 10 per 10.
    assertEquals(20.0, gaps.councilRatio(), 1e-9);
    assertEquals(10.0, gaps.threshold(), 1e-9);
    assertFalse(row(gaps, "Rich").shortOfCapacity());
    assertFalse(row(gaps, "OnTheLine").shortOfCapacity(), "exactly half is not short");

    WardGaps thinner =
        WardGaps.builder()
            .assets("Rich", AssetCategory.ASSOCIATIONS, 30)
            .conversations("Rich", 10)
            .assets("Thin", AssetCategory.ASSOCIATIONS, 4)
            .conversations("Thin", 5)
            .build();
    // Council 34 per 15 conversations = 22.7 per 10; Thin 8 per 10 is under half (11.3).
    assertTrue(row(thinner, "Thin").shortOfCapacity());
    assertFalse(row(thinner, "Rich").shortOfCapacity());
    assertEquals(List.of("Thin"), thinner.shortWards().stream().map(WardGaps.Row::ward).toList());
  }

  @Test
  void aWardWithNoAssetsIsShortWhenPeopleThereAreKnownToUs() {
    WardGaps gaps =
        WardGaps.builder()
            .ward("Westmoor")
            .ward("Brook End")
            .people("Brook End", 1)
            .ward("Station")
            .conversations("Station", 1)
            .assets("Market", AssetCategory.CULTURAL, 3)
            .build();
    assertTrue(row(gaps, "Brook End").shortOfCapacity(), "people, no assets");
    assertTrue(row(gaps, "Station").shortOfCapacity(), "conversations, no assets");
    assertFalse(row(gaps, "Westmoor").shortOfCapacity(), "nobody known there");
    assertFalse(row(gaps, "Market").shortOfCapacity(), "assets, nobody known there");
  }

  @Test
  void withNoConversationsAnywhereOnlyEmptyWardsAreShort() {
    WardGaps gaps =
        WardGaps.builder()
            .assets("Market", AssetCategory.CULTURAL, 3)
            .people("Market", 40)
            .people("Hillside", 1)
            .build();
    assertNull(gaps.councilRatio());
    assertNull(gaps.threshold());
    assertNull(row(gaps, "Market").assetsPerTenConversations());
    assertFalse(row(gaps, "Market").shortOfCapacity());
    assertTrue(row(gaps, "Hillside").shortOfCapacity());
  }

  @Test
  void zeroCellsAreGapsOnlyWherePeopleAreKnownToUs() {
    WardGaps gaps =
        WardGaps.builder()
            .assets("Market", AssetCategory.CULTURAL, 3)
            .people("Market", 1)
            .assets("Abbey Fields", AssetCategory.CULTURAL, 1)
            .build();
    WardGaps.Row market = row(gaps, "Market");
    assertFalse(market.gap(AssetCategory.CULTURAL));
    assertTrue(market.gap(AssetCategory.PHYSICAL_SPACES));
    assertEquals(5, market.cells().stream().filter(WardGaps.Cell::gap).count());
    assertEquals(
        Arrays.asList(AssetCategory.values()),
        market.cells().stream().map(WardGaps.Cell::category).toList());
    assertFalse(row(gaps, "Abbey Fields").gap(AssetCategory.PHYSICAL_SPACES));
  }

  @Test
  void theWholeCouncilAddsUpEveryRowAndRowsAreInOrderOfName() {
    WardGaps gaps =
        WardGaps.builder()
            .assets("Station", AssetCategory.INDIVIDUALS, 1)
            .assets("abbey fields", AssetCategory.ECONOMIC, 2)
            .assets(null, AssetCategory.INDIVIDUALS, 1)
            .people("Market", 5)
            .conversations("Station", 3)
            .conversations(null, 1)
            .build();
    assertEquals(
        Arrays.asList("abbey fields", "Market", "Station", null),
        gaps.rows().stream().map(WardGaps.Row::ward).toList());
    WardGaps.Row total = gaps.total();
    assertEquals(4, total.totalAssets());
    assertEquals(2, total.count(AssetCategory.INDIVIDUALS));
    assertEquals(5, total.people());
    assertEquals(4, total.conversations());
    assertEquals(10.0, gaps.councilRatio(), 1e-9);
  }

  @Test
  void countsAreNeverNegativeAndAssetsHaveACategory() {
    WardGaps.Builder b = WardGaps.builder();
    assertThrows(IllegalArgumentException.class, () -> b.people("Market", -1));
    assertThrows(IllegalArgumentException.class, () -> b.assets("Market", null, 1));
  }

  @Test
  void theCsvOpensInExcelAsUtf8WithOneLinePerWardAndTheCouncilLast() {
    WardGaps gaps =
        WardGaps.builder()
            .assets("Brook End", AssetCategory.ASSOCIATIONS, 1)
            .conversations("Brook End", 3)
            .assets("Market", AssetCategory.CULTURAL, 9)
            .conversations("Market", 1)
            .people("=HYPERLINK(\"x\")", 1)
            .people("Ynys Môn, North", 2)
            .people(null, 1)
            .build();
    byte[] bytes = WardGapsCsv.write(gaps, Messages::text);
    assertEquals((byte) 0xEF, bytes[0]);
    assertEquals((byte) 0xBB, bytes[1]);
    assertEquals((byte) 0xBF, bytes[2]);
    String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    String[] lines = csv.split("\r\n");
    assertEquals(
        "Ward,People,Conversations in the last 12 months,People and informal schemes,"
            + "Groups and associations,Institutions,Places and spaces,Economic,Arts and culture,"
            + "Total assets,Assets per 10 conversations,Short of community capacity",
        lines[0]);
    // In order of name: "=" comes before letters.
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\",1,0,0,0,0,0,0,0,0,,Yes", lines[1]);
    assertEquals("Brook End,0,3,0,1,0,0,0,0,1,3.3,Yes", lines[2]);
    assertEquals("Market,0,1,0,0,0,0,0,9,9,90.0,No", lines[3]);
    assertEquals("\"Ynys Môn, North\",2,0,0,0,0,0,0,0,0,,Yes", lines[4]);
    assertEquals("Ward not recorded,1,0,0,0,0,0,0,0,0,,No", lines[5]);
    assertEquals("Whole council,4,4,0,1,0,0,0,9,10,25.0,", lines[6]);
    assertEquals(7, lines.length);
    assertTrue(csv.endsWith("\r\n"));
  }

  @Test
  void numbersAreNotMistakenForFormulas() {
    assertEquals("-3", WardGapsCsv.cell("-3"));
    assertEquals("'-x", WardGapsCsv.cell("-x"));
    assertEquals("'@SUM(A1)", WardGapsCsv.cell("@SUM(A1)"));
    assertEquals("", WardGapsCsv.cell(null));
  }
}
