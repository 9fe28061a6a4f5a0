package org.casebook.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {

  @Test
  void chartsCarryEveryLabelSafelyAndAnAccessibleName() {
    FigureTable.Chart chart =
        Charts.bars(
            List.of("Information and advice <b>", "Quote \" and \\ slash", "It's"),
            List.of(4, 0, 2),
            "Contacts",
            false,
            "Bar chart of contacts");
    String json = chart.json();
    assertFalse(json.contains("<"), "nothing that could close the script element");
    assertTrue(json.contains("[\"Information and advice \\u003cb\\u003e\"]"), json);
    assertTrue(json.contains("[\"Quote \\\" and \\\\ slash\"]"), json);
    assertTrue(json.contains("[\"It\\u0027s\"]"), json);
    assertTrue(json.contains("\"data\":[4,0,2]"), json);
    assertTrue(json.contains("\"indexAxis\":\"y\""), json);
    assertTrue(json.contains("\"backgroundColor\":\"#0b4f8a\""), json);
    assertEquals("Bar chart of contacts", chart.ariaLabel());
    assertTrue(chart.height() >= 100);
    String rates =
        Charts.bars(List.of("a", "b"), java.util.Arrays.asList(40, null), "Rate", true, "x").json();
    assertTrue(rates.contains("\"data\":[40,null]"), "no data draws no bar: " + rates);
    assertTrue(rates.contains("\"max\":100"), rates);
    String decimals =
        Charts.bars(List.of("a"), List.of(new java.math.BigDecimal("-0.5")), "C", false, "x")
            .json();
    assertTrue(decimals.contains("\"data\":[-0.5]"), decimals);
  }

  @Test
  void longChartLabelsAreBrokenIntoLinesNotCutOff() {
    assertEquals(
        List.of("Through the person's own", "network (family, friends,", "neighbours)"),
        Charts.lines("Through the person's own network (family, friends, neighbours)"));
    assertEquals(List.of("Prison"), Charts.lines("Prison"));
    assertEquals(
        List.of("Averyveryveryveryverylongwordthatdoesnotbreak"),
        Charts.lines("Averyveryveryveryverylongwordthatdoesnotbreak"));
  }

  @Test
  void trendLinesDifferInMarkerAndDashNotOnlyColourAndLeaveGapsForNoData() {
    FigureTable.Chart chart =
        Charts.trend(
            List.of("Oct 2026", "Nov 2026"),
            List.of(
                new Charts.Series("With a strength", java.util.Arrays.asList(40, null)),
                new Charts.Series("With a <network>", List.of(10, 20))),
            "Share of records (%)",
            Charts.Scale.PERCENT,
            0,
            100,
            "Line chart of shares");
    String json = chart.json();
    assertTrue(json.contains("\"type\":\"line\""), json);
    assertTrue(json.contains("\"labels\":[\"Oct 2026\",\"Nov 2026\"]"), json);
    assertTrue(json.contains("\"data\":[40,null]"), json);
    assertTrue(json.contains("\"spanGaps\":false"), "no data is a gap, not a line through it");
    assertTrue(json.contains("\"pointStyle\":\"circle\""), json);
    assertTrue(json.contains("\"pointStyle\":\"triangle\""), json);
    assertTrue(json.contains("\"borderDash\":[]"), json);
    assertTrue(json.contains("\"borderDash\":[8,4]"), json);
    assertTrue(json.contains("\"usePointStyle\":true"), "the legend shows each marker");
    assertTrue(json.contains("\"min\":0,\"max\":100"), json);
    assertFalse(json.contains("<"), "nothing that could close the script element");
    assertEquals("Line chart of shares", chart.ariaLabel());

    String scores =
        Charts.trend(
                List.of("Nov 2026"),
                List.of(new Charts.Series("Voice", List.of(new java.math.BigDecimal("2.5")))),
                "Scores",
                Charts.Scale.SCORES,
                1,
                4,
                "x")
            .json();
    assertTrue(scores.contains("\"min\":1,\"max\":4"), scores);
    assertTrue(scores.contains("\"data\":[2.5]"), scores);
    assertTrue(scores.contains("\"legend\":{\"display\":false"), "one line needs no legend");
  }
}
