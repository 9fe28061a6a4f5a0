package org.casebook.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CultureInputTest {

  private static final YearMonth NOW = YearMonth.of(2026, 11);

  private static CultureInput.Read read(String months, String end, String team, String worker) {
    return new CultureInput(months, end, team, worker).read(NOW);
  }

  @Test
  void nothingChosenIsTheLastTwoYearsToThisMonthForEveryone() {
    CultureFilter f = read(null, null, null, null).filter();
    assertEquals(new CultureFilter(24, NOW, null, null), f);
    assertEquals(YearMonth.of(2024, 12), f.first());
    assertEquals(24, f.shown().size());
    assertEquals(YearMonth.of(2024, 12), f.shown().get(0));
    assertEquals(NOW, f.shown().get(23));
    assertEquals(CultureFilter.By.TEAM, f.by());
  }

  @Test
  void theAddressChoosesLengthEndTeamAndWorker() {
    CultureFilter f = read("36", "2026-03", "3", " 7 ").filter();
    assertEquals(new CultureFilter(36, YearMonth.of(2026, 3), 3L, 7L), f);
    assertEquals(YearMonth.of(2023, 4), f.first(), "36 months ending with March 2026");
    assertEquals(f.first(), f.firstCounted(), "36 months already hold two years");
    assertEquals(CultureFilter.By.NONE, f.by());
    assertEquals(CultureFilter.By.WORKER, f.withWorker(null).by());
    assertEquals(
        "months=36&end=2026-03&team=3&worker=7",
        new CultureInput("36", "2026-03", "3", " 7 ").query());
  }

  @Test
  void twelveMonthsAreShownButTwoYearsCountedForTheYearsChange() {
    CultureFilter f = read("12", null, null, null).filter();
    assertEquals(YearMonth.of(2025, 12), f.first());
    assertEquals(YearMonth.of(2024, 12), f.firstCounted());
    assertEquals(12, f.shown().size());
  }

  @Test
  void choicesThatAreNotOnOfferAreExplainedFieldByField() {
    CultureInput.Read bad = read("18", "2026-13", "team", "-1");
    assertFalse(bad.ok());
    assertNull(bad.filter());
    assertEquals(
        Map.of(
            "months", "culture.months.invalid",
            "end", "culture.end.invalid",
            "team", "culture.team.invalid",
            "worker", "culture.worker.invalid"),
        Map.of(
            "months", bad.problems().get("months").messageKey(),
            "end", bad.problems().get("end").messageKey(),
            "team", bad.problems().get("team").messageKey(),
            "worker", bad.problems().get("worker").messageKey()));
    assertEquals(List.of("months", "end", "team", "worker"), List.copyOf(bad.problems().keySet()));
  }

  @Test
  void theLastMonthIsThisOneOrOneOfTheThirtySixBefore() {
    assertTrue(read(null, "2026-11", null, null).ok());
    assertTrue(read(null, "2023-11", null, null).ok(), "36 months back");
    assertFalse(read(null, "2023-10", null, null).ok(), "37 months back");
    assertFalse(read(null, "2026-12", null, null).ok(), "next month has no figures yet");
    assertFalse(read(null, "November 2026", null, null).ok());
  }

  @Test
  void aFilterIsOnlyEverTwelveTwentyFourOrThirtySixMonths() {
    assertThrows(IllegalArgumentException.class, () -> new CultureFilter(6, NOW, null, null));
  }
}
