package org.casebook.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The radar chart and the report of one year beside the signed-off years before it. */
class ReadinessChartTest {

  private static final Instant AT = Instant.parse("2026-05-01T09:00:00Z");

  private static ReadinessAssessment signed(int year, int rating) {
    ReadinessAssessment a = new ReadinessAssessment(year, null, "lou", AT);
    AnswerSheet sheet = AnswerSheet.blank();
    for (Question q : Question.values()) {
      sheet = sheet.with(q.getNumber(), rating, "Evidence " + year);
    }
    a.signOff(sheet, "lou", AT);
    return a;
  }

  @Test
  void aRadarOfTheSixThemesWithOneShapeAYear() {
    ReadinessAssessment now = new ReadinessAssessment(2026, null, "lou", AT);
    now.saveDraft(AnswerSheet.blank().with(1, 4, "a").with(2, 3, "b").with(16, 2, "c"), "lou", AT);
    String json =
        ReadinessChart.radar(
            List.of(
                new ReadinessChart.Shape("2026 (draft)", ThemeScore.of(now.ratings())),
                new ReadinessChart.Shape("2025", ThemeScore.of(signed(2025, 2).ratings()))));
    assertTrue(json.startsWith("{\"type\":\"radar\""), json);
    assertTrue(
        json.contains(
            "\"labels\":[\"Co-production\",\"Community connections\",\"Impact\",\"Leadership\","
                + "\"Quality\",\"Vision\"]"),
        json);
    assertTrue(
        json.contains("{\"label\":\"2026 (draft)\",\"data\":[3.5,null,null,null,null,2.0]"),
        "unrated themes have no point: " + json);
    assertTrue(json.contains("{\"label\":\"2025\",\"data\":[2.0,2.0,2.0,2.0,2.0,2.0]"), json);
    assertTrue(json.contains("\"borderDash\":[8,4]"), "earlier years drawn dashed");
    assertTrue(json.contains("\"pointStyle\":\"triangle\""), "and with other point shapes");
    assertTrue(json.contains("\"r\":{\"min\":0,\"max\":4"), json);
    assertTrue(json.contains("\"usePointStyle\":true"), "the legend shows the shapes too");
    assertThrows(IllegalArgumentException.class, () -> ReadinessChart.radar(List.of()));
  }

  @Test
  void labelsAreEscapedForTheScriptTheyAreWrittenInto() {
    String json =
        ReadinessChart.radar(
            List.of(
                new ReadinessChart.Shape(
                    "</script><b>\"2026\"", ThemeScore.of(java.util.Map.of()))));
    assertFalse(json.contains("</script>"), json);
    assertTrue(json.contains("\\u003c/script\\u003e"), json);
  }

  @Test
  void aDraftBesideTheTwoSignedOffYearsBeforeIt() {
    ReadinessAssessment now = new ReadinessAssessment(2026, null, "lou", AT);
    now.saveDraft(
        AnswerSheet.blank().with(1, 3, "x").with(2, 3, "x").with(3, 3, "x").with(4, 1, "y"),
        "lou",
        AT);
    ReadinessReport report =
        ReadinessReport.of(now, List.of(signed(2025, 2), signed(2024, 1), signed(2023, 4)));
    assertEquals(List.of("2026 (draft)", "2025", "2024"), report.getYearLabels(), "two before");
    assertEquals(
        "Mean rating by theme: 2026 (draft) beside 2025 and 2024", report.getThemeCaption());
    assertEquals(
        List.of("Theme", "2026 (draft)", "2025", "2024", "Change since 2025"),
        report.getThemeHeadings());
    ReadinessReport.ThemeRow first = report.getThemeRows().get(0);
    assertEquals("Co-production", first.theme());
    assertEquals(
        List.of("3.0 (3 of 3 rated)", "2.0 (3 of 3 rated)", "1.0 (3 of 3 rated)", "Up 1.0"),
        first.cells());
    assertEquals(
        List.of("1.0 (1 of 3 rated)", "2.0 (3 of 3 rated)", "1.0 (3 of 3 rated)", "Down 1.0"),
        report.getThemeRows().get(1).cells());
    assertEquals(
        "Not rated (0 of 3)", report.getThemeRows().get(5).cells().get(0), "nothing rated yet");
    assertTrue(report.getChartJson().contains("\"label\":\"2024\""));
    assertFalse(report.getChartJson().contains("\"label\":\"2023\""));
    assertTrue(report.getChartLabel().startsWith("Radar chart of the mean rating"));

    assertTrue(report.isCompared());
    assertEquals("2025", report.getComparedYear());
    assertEquals(
        "Compared with 2025, of the 18 questions 3 went up, 1 went down and 0 stayed the same; 14"
            + " were not rated in one year or both.",
        report.getComparisonSummary());
    assertEquals("Each question in 2026 (draft) beside 2025", report.getComparisonCaption());
    List<ReadinessReport.ThemeGroup> groups = report.getQuestionGroups();
    assertEquals(6, groups.size());
    ReadinessReport.QuestionRow q1 = groups.get(0).rows().get(0);
    assertEquals(1, q1.number());
    assertEquals("3 – Developing (amber-green)", q1.now());
    assertEquals("2 – Beginning (amber)", q1.before());
    assertEquals("Up 1, from Beginning to Developing", q1.change());
    assertEquals("▲", q1.arrow());
    ReadinessReport.QuestionRow q5 = groups.get(1).rows().get(1);
    assertEquals("Not rated yet", q5.now());
    assertEquals("Not rated in 2026 (was Beginning)", q5.change());
  }

  @Test
  void theFirstYearHasNothingToCompareWith() {
    ReadinessReport report = ReadinessReport.of(signed(2025, 3), List.of());
    assertFalse(report.isCompared());
    assertEquals(List.of("Theme", "2025"), report.getThemeHeadings());
    assertEquals("Mean rating by theme: 2025", report.getThemeCaption());
    assertTrue(report.getQuestionGroups().isEmpty());
    assertEquals("", report.getComparedYear());
    assertThrows(
        IllegalArgumentException.class,
        () -> ReadinessReport.of(signed(2024, 3), List.of(signed(2025, 3))),
        "only earlier years beside it");
  }
}
