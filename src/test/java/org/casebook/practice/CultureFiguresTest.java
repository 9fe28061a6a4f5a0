package org.casebook.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.casebook.practice.CultureFigures.Tally;
import org.casebook.report.Mean;
import org.junit.jupiter.api.Test;

/**
 * The figures from the database's totals: every month there (empty ones empty), months at the edges
 * of the trend, the year's change, and the breakdown.
 */
class CultureFiguresTest {

  static final YearMonth NOW = YearMonth.of(2026, 11);
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  /** One worker's records of a month: records, words, findings, own words, with… and goals. */
  static Tally<RecordTotals> rec(YearMonth m, long group, long... v) {
    return new Tally<>(
        m, group, new RecordTotals(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9]));
  }

  /** Audits of a month: how many sent, and the same score for every principle in each. */
  static Tally<AuditTotals> aud(YearMonth m, long group, long sent, int... scores) {
    Map<Principle, Mean> byPrinciple = new java.util.EnumMap<>(Principle.class);
    long sum = 0;
    for (int s : scores) {
      sum += s;
    }
    for (Principle p : Principle.values()) {
      byPrinciple.put(p, new Mean(sum, scores.length));
    }
    return new Tally<>(m, group, new AuditTotals(sent, byPrinciple));
  }

  static CultureFigures figures(
      CultureFilter f, List<Tally<RecordTotals>> records, List<Tally<AuditTotals>> audits) {
    return CultureFigures.of(
        f,
        NOW,
        TODAY,
        f.teamId() == null ? null : "North Team",
        f.workerId() == null ? null : "Ada Worker",
        records,
        audits,
        Map.of(7L, "Ada Worker", 8L, "Ali Worker", 9L, "Amy Worker"));
  }

  @Test
  void everyMonthIsThereAndAnEmptyMonthIsEmptyNotNought() {
    CultureFilter f = new CultureFilter(12, NOW, 1L, null);
    CultureFigures fig =
        figures(
            f,
            List.of(
                rec(YearMonth.of(2026, 1), 7, 4, 2000, 10, 300, 3, 2, 1, 1, 5, 2),
                rec(YearMonth.of(2026, 1), 8, 1, 500, 5, 0, 0, 1, 0, 0, 0, 0),
                rec(NOW, 7, 2, 800, 0, 80, 2, 2, 2, 2, 2, 2)),
            List.of());
    assertEquals(12, fig.months().size());
    assertEquals(YearMonth.of(2025, 12), fig.months().get(0).month());
    CultureFigures.Month december = fig.months().get(0);
    assertEquals(RecordTotals.NONE, december.records());
    assertNull(december.records().findingsPerThousand(), "no words: no rate, not 0");
    assertTrue(december.records().withStrengthsShare().isNoData());
    assertTrue(december.audits().all().isNoData());

    CultureFigures.Month january = fig.months().get(1);
    assertEquals(5, january.records().records(), "both workers' records");
    assertEquals(new BigDecimal("6.0"), january.records().findingsPerThousand(), "15 in 2,500");
    assertEquals(60, january.records().withStrengthsShare().percent(), "3 of 5");
    assertEquals(60, january.records().withNetworkShare().percent());
    assertEquals(20, january.records().withAssetsShare().percent());
    assertEquals(20, january.records().withOwnWordGoalsShare().percent());
    assertEquals(40, january.records().ownWordGoalsShare().percent(), "2 of 5 goals");
    assertEquals(12, january.records().ownWordsShare().percent(), "300 of 2,500 words");

    CultureFigures.Month november = fig.months().get(11);
    assertTrue(november.soFar(), "this month is still going on");
    assertFalse(january.soFar());
    assertEquals(new BigDecimal("0.0"), november.records().findingsPerThousand(), "0 is a rate");
  }

  @Test
  void monthsOutsideTheTrendCountOnlyForTheYearBefore() {
    CultureFilter f = new CultureFilter(12, NOW, 1L, null);
    CultureFigures fig =
        figures(
            f,
            List.of(
                rec(YearMonth.of(2024, 12), 7, 2, 1000, 8, 0, 1, 0, 0, 0, 2, 0),
                rec(YearMonth.of(2025, 11), 7, 2, 1000, 4, 0, 1, 0, 0, 0, 2, 2),
                rec(YearMonth.of(2025, 12), 7, 1, 100, 1, 0, 1, 1, 1, 1, 1, 1),
                rec(NOW, 8, 3, 900, 0, 0, 3, 0, 0, 0, 0, 0)),
            List.of(aud(YearMonth.of(2025, 11), 7, 1, 2), aud(YearMonth.of(2025, 12), 7, 2, 3, 4)));
    assertEquals(4, fig.shown().records().records(), "December 2025 and November 2026 shown");
    assertEquals(YearMonth.of(2025, 12), fig.lastYear().first());
    assertEquals(NOW, fig.lastYear().last());
    assertEquals(4, fig.lastYear().records().records());
    assertEquals(YearMonth.of(2024, 12), fig.yearBefore().first());
    assertEquals(YearMonth.of(2025, 11), fig.yearBefore().last());
    assertEquals(4, fig.yearBefore().records().records(), "both edges of the year before");
    assertEquals(new BigDecimal("6.0"), fig.yearBefore().records().findingsPerThousand());
    assertEquals(1, fig.yearBefore().audits().sent());
    assertEquals("2.0", fig.yearBefore().audits().all().shown());
    assertEquals(2, fig.lastYear().audits().sent());
    assertEquals("3.5", fig.lastYear().audits().score(Principle.VOICE).shown());
    // The breakdown covers the months shown only.
    CultureFigures.Row ada = fig.breakdown().get(0);
    assertEquals("Ada Worker", ada.label());
    assertEquals(1, ada.records().records());
    assertEquals(2, ada.audits().sent());
  }

  @Test
  void theBreakdownHasEveryoneNamedAndAnyoneElseWithFiguresInOrderOfName() {
    CultureFilter f = new CultureFilter(24, NOW, 1L, null);
    CultureFigures fig =
        figures(
            f,
            List.of(
                rec(NOW, 8, 2, 10, 0, 0, 0, 0, 0, 0, 0, 0),
                rec(NOW, 42, 1, 10, 0, 0, 0, 0, 0, 0, 0, 0)),
            List.of());
    assertEquals(
        List.of("Ada Worker", "Ali Worker", "Amy Worker", "Unknown (42)"),
        fig.breakdown().stream().map(CultureFigures.Row::label).toList());
    assertEquals(0, fig.breakdown().get(0).records().records(), "named, with nothing");
    assertEquals(2, fig.breakdown().get(1).records().records());
    assertTrue(
        figures(f.withWorker(7L), List.of(), List.of()).breakdown().isEmpty(),
        "one worker: no breakdown");
  }

  @Test
  void auditsAddUpPrincipleByPrinciple() {
    AuditTotals a = aud(NOW, 7, 2, 1, 2).totals().plus(aud(NOW, 8, 1, 4).totals());
    assertEquals(3, a.sent());
    assertEquals("2.3", a.score(Principle.LANGUAGE).shown(), "(1 + 2 + 4) / 3");
    assertEquals(21, a.all().count(), "7 principles of 3 audits");
    assertEquals("2.3", a.all().shown());
    AuditTotals only = new AuditTotals(1, Map.of(Principle.VOICE, new Mean(3, 1)));
    assertTrue(only.score(Principle.RISKS).isNoData());
    assertEquals("3.0", only.plus(AuditTotals.NONE).all().shown());
  }

  @Test
  void filesAreNamedForTheChoicesAndTheDay() {
    assertEquals(
        "practice-culture-north-team-ada-worker-2024-12-to-2026-11-made-2026-11-23.pdf",
        figures(new CultureFilter(24, NOW, 1L, 7L), List.of(), List.of()).fileName("pdf"));
    assertEquals(
        "practice-culture-whole-council-2025-12-to-2026-11-made-2026-11-23.csv",
        figures(new CultureFilter(12, NOW, null, null), List.of(), List.of()).fileName("csv"));
  }
}
