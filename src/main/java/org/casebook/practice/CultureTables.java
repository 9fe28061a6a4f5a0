package org.casebook.practice;

import static org.casebook.platform.Messages.text;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.casebook.platform.UkDates;
import org.casebook.report.About;
import org.casebook.report.Charts;
import org.casebook.report.FigureGroup;
import org.casebook.report.FigureTable;
import org.casebook.report.FigureTable.Cell;
import org.casebook.report.Mean;
import org.casebook.report.Rate;
import org.casebook.report.Report;

/**
 * The culture dashboard's figures as tables, in the words of the message bundle: the page, the CSV
 * file, the spreadsheet and the PDF all show these same tables. Each trend table has one row a
 * month and a total row, with a line chart of its rates beside it; shares sit beside the counts
 * they come from. Then the year's change, and the figures by team or worker.
 */
public final class CultureTables {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

  private CultureTables() {}

  /** The whole dashboard as the downloads write it. */
  public static Report report(CultureFigures f) {
    return new Report(text("culture.title"), text("culture.about.title"), about(f), of(f));
  }

  /** What the figures are for, for the top of the page and of each download. */
  public static List<About> about(CultureFigures f) {
    return List.of(
        new About(text("culture.about.months"), months(f)),
        new About(text("culture.about.team"), teamText(f)),
        new About(
            text("culture.about.worker"),
            f.workerName() == null ? text("culture.about.everyWorker") : f.workerName()),
        new About(text("culture.about.made"), UkDates.show(f.today())));
  }

  /** "December 2024 to November 2026 (24 months)". */
  private static String months(CultureFigures f) {
    return text(
        "culture.about.monthsValue",
        MONTH.format(f.filter().first()),
        MONTH.format(f.filter().end()),
        f.filter().months());
  }

  private static String teamText(CultureFigures f) {
    return f.teamName() == null ? text("culture.about.wholeCouncil") : f.teamName();
  }

  /** Who and when, for captions: "IT Team A, December 2024 to November 2026". */
  static String scope(CultureFigures f) {
    List<String> parts = new ArrayList<>();
    parts.add(teamText(f));
    if (f.workerName() != null) {
      parts.add(f.workerName());
    }
    parts.add(
        text(
            "culture.scope.months",
            MONTH.format(f.filter().first()),
            MONTH.format(f.filter().end())));
    return String.join(", ", parts);
  }

  /** A month as a row of a table: "November 2026", or "November 2026 (so far)". */
  static String monthLabel(CultureFigures.Month m) {
    String name = MONTH.format(m.month());
    return m.soFar() ? text("culture.month.soFar", name) : name;
  }

  private static String noData() {
    return text("culture.noData");
  }

  public static List<FigureGroup> of(CultureFigures f) {
    List<FigureGroup> groups = new ArrayList<>();
    groups.add(language(f));
    groups.add(practice(f));
    groups.add(goals(f));
    groups.add(audits(f));
    groups.add(change(f));
    if (f.filter().by() != CultureFilter.By.NONE) {
      groups.add(breakdown(f));
    }
    return groups;
  }

  private static FigureGroup group(String id, List<FigureTable> tables) {
    return new FigureGroup(
        id, text("culture." + id + ".title"), text("culture." + id + ".explanation"), tables);
  }

  private static String caption(String id, CultureFigures f) {
    return text("culture." + id + ".caption", scope(f));
  }

  private static String allMonths(CultureFigures f) {
    return text("culture.allMonths", f.filter().months());
  }

  private static List<String> chartLabels(CultureFigures f) {
    return f.months().stream().map(m -> SHORT.format(m.month())).toList();
  }

  /** A line of a trend chart: one rate a month, no data where there is nothing to count from. */
  private static Charts.Series rates(
      String label, CultureFigures f, Function<RecordTotals, Rate> rate) {
    return new Charts.Series(
        label, f.months().stream().map(m -> rate.apply(m.records()).percent()).toList());
  }

  private static FigureTable.Chart percentChart(
      String id, CultureFigures f, List<Charts.Series> lines) {
    return Charts.trend(
        chartLabels(f),
        lines,
        text("culture." + id + ".chartTitle"),
        Charts.Scale.PERCENT,
        0,
        100,
        text("culture." + id + ".chart"));
  }

  // --- records and language -------------------------------------------------------------------

  private static FigureGroup language(CultureFigures f) {
    List<List<Cell>> rows = new ArrayList<>();
    for (CultureFigures.Month m : f.months()) {
      rows.add(languageRow(monthLabel(m), m.records()));
    }
    List<BigDecimal> perThousand =
        f.months().stream().map(m -> m.records().findingsPerThousand()).toList();
    FigureTable table =
        new FigureTable(
            "language",
            caption("language", f),
            List.of(
                text("culture.month"),
                text("culture.records"),
                text("culture.words"),
                text("culture.findings"),
                text("culture.perThousand"),
                text("culture.ownWords"),
                text("culture.ownWordsShare")),
            rows,
            languageRow(allMonths(f), f.shown().records()),
            Charts.trend(
                chartLabels(f),
                List.of(new Charts.Series(text("culture.perThousand"), perThousand)),
                text("culture.language.chartTitle"),
                Charts.Scale.FROM_ZERO,
                0,
                0,
                text("culture.language.chart")));
    return group("language", List.of(table));
  }

  private static List<Cell> languageRow(String label, RecordTotals r) {
    return List.of(
        Cell.text(label),
        Cell.count(r.records()),
        Cell.count(r.words()),
        Cell.count(r.findings()),
        Cell.decimal(r.findingsPerThousand(), noData()),
        Cell.count(r.ownWords()),
        Cell.percent(r.ownWordsShare(), noData()));
  }

  // --- strengths, networks and community -------------------------------------------------------

  private static FigureGroup practice(CultureFigures f) {
    List<List<Cell>> rows = new ArrayList<>();
    for (CultureFigures.Month m : f.months()) {
      rows.add(practiceRow(monthLabel(m), m.records()));
    }
    FigureTable table =
        new FigureTable(
            "practice",
            caption("practice", f),
            List.of(
                text("culture.month"),
                text("culture.records"),
                text("culture.withStrengths"),
                text("culture.withStrengths.share"),
                text("culture.withNetwork"),
                text("culture.withNetwork.share"),
                text("culture.withAssets"),
                text("culture.withAssets.share")),
            rows,
            practiceRow(allMonths(f), f.shown().records()),
            percentChart(
                "practice",
                f,
                List.of(
                    rates(text("culture.withStrengths.line"), f, RecordTotals::withStrengthsShare),
                    rates(text("culture.withNetwork.line"), f, RecordTotals::withNetworkShare),
                    rates(text("culture.withAssets.line"), f, RecordTotals::withAssetsShare))));
    return group("practice", List.of(table));
  }

  private static List<Cell> practiceRow(String label, RecordTotals r) {
    return List.of(
        Cell.text(label),
        Cell.count(r.records()),
        Cell.count(r.withStrengths()),
        Cell.percent(r.withStrengthsShare(), noData()),
        Cell.count(r.withNetwork()),
        Cell.percent(r.withNetworkShare(), noData()),
        Cell.count(r.withAssets()),
        Cell.percent(r.withAssetsShare(), noData()));
  }

  // --- goals in the person's own words ---------------------------------------------------------

  private static FigureGroup goals(CultureFigures f) {
    List<List<Cell>> rows = new ArrayList<>();
    for (CultureFigures.Month m : f.months()) {
      rows.add(goalsRow(monthLabel(m), m.records()));
    }
    FigureTable table =
        new FigureTable(
            "goals",
            caption("goals", f),
            List.of(
                text("culture.month"),
                text("culture.records"),
                text("culture.withOwnWordGoals"),
                text("culture.withOwnWordGoals.share"),
                text("culture.goals"),
                text("culture.ownWordGoals"),
                text("culture.ownWordGoals.share")),
            rows,
            goalsRow(allMonths(f), f.shown().records()),
            percentChart(
                "goals",
                f,
                List.of(
                    rates(
                        text("culture.withOwnWordGoals.line"),
                        f,
                        RecordTotals::withOwnWordGoalsShare),
                    rates(text("culture.ownWordGoals.line"), f, RecordTotals::ownWordGoalsShare))));
    return group("goals", List.of(table));
  }

  private static List<Cell> goalsRow(String label, RecordTotals r) {
    return List.of(
        Cell.text(label),
        Cell.count(r.records()),
        Cell.count(r.withOwnWordGoals()),
        Cell.percent(r.withOwnWordGoalsShare(), noData()),
        Cell.count(r.goals()),
        Cell.count(r.ownWordGoals()),
        Cell.percent(r.ownWordGoalsShare(), noData()));
  }

  // --- case-file audits ------------------------------------------------------------------------

  private static String principle(Principle p) {
    return text("practice.principle." + p.key());
  }

  private static FigureGroup audits(CultureFigures f) {
    List<String> headings = new ArrayList<>();
    headings.add(text("culture.month"));
    headings.add(text("culture.auditsSent"));
    for (Principle p : Principle.values()) {
      headings.add(principle(p));
    }
    headings.add(text("culture.allPrinciples"));
    List<List<Cell>> rows = new ArrayList<>();
    for (CultureFigures.Month m : f.months()) {
      rows.add(auditRow(monthLabel(m), m.audits()));
    }
    List<Charts.Series> lines = new ArrayList<>();
    for (Principle p : Principle.values()) {
      lines.add(
          new Charts.Series(
              principle(p), f.months().stream().map(m -> m.audits().score(p).rounded()).toList()));
    }
    FigureTable table =
        new FigureTable(
            "audits",
            caption("audits", f),
            headings,
            rows,
            auditRow(allMonths(f), f.shown().audits()),
            Charts.trend(
                chartLabels(f),
                lines,
                text("culture.audits.chartTitle"),
                Charts.Scale.SCORES,
                Principle.LOWEST,
                Principle.HIGHEST,
                text("culture.audits.chart")));
    return group("audits", List.of(table));
  }

  private static List<Cell> auditRow(String label, AuditTotals a) {
    List<Cell> row = new ArrayList<>();
    row.add(Cell.text(label));
    row.add(Cell.count(a.sent()));
    for (Principle p : Principle.values()) {
      row.add(Cell.mean(a.score(p), noData()));
    }
    row.add(Cell.mean(a.all(), noData()));
    return row;
  }

  // --- the year's change -----------------------------------------------------------------------

  private static FigureGroup change(CultureFigures f) {
    CultureFigures.Span now = f.lastYear();
    CultureFigures.Span before = f.yearBefore();
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(
        countChange(text("culture.records"), now.records().records(), before.records().records()));
    rows.add(
        decimalChange(
            text("culture.perThousand"),
            now.records().findingsPerThousand(),
            before.records().findingsPerThousand()));
    List<String> labels =
        List.of(
            "culture.withStrengths.line",
            "culture.withNetwork.line",
            "culture.withAssets.line",
            "culture.withOwnWordGoals.line",
            "culture.ownWordGoals.line",
            "culture.ownWordsShare");
    List<Function<RecordTotals, Rate>> shares =
        List.of(
            RecordTotals::withStrengthsShare,
            RecordTotals::withNetworkShare,
            RecordTotals::withAssetsShare,
            RecordTotals::withOwnWordGoalsShare,
            RecordTotals::ownWordGoalsShare,
            RecordTotals::ownWordsShare);
    for (int i = 0; i < shares.size(); i++) {
      rows.add(
          shareChange(
              text(labels.get(i)),
              shares.get(i).apply(now.records()),
              shares.get(i).apply(before.records())));
    }
    rows.add(countChange(text("culture.auditsSent"), now.audits().sent(), before.audits().sent()));
    for (Principle p : Principle.values()) {
      rows.add(meanChange(principle(p), now.audits().score(p), before.audits().score(p)));
    }
    rows.add(meanChange(text("culture.allPrinciples"), now.audits().all(), before.audits().all()));
    FigureTable table =
        new FigureTable(
            "change",
            caption("change", f),
            List.of(
                text("culture.measure"),
                text("culture.scope.months", MONTH.format(now.first()), MONTH.format(now.last())),
                text(
                    "culture.scope.months",
                    MONTH.format(before.first()),
                    MONTH.format(before.last())),
                text("culture.change")),
            rows,
            null,
            null);
    return group("change", List.of(table));
  }

  private static List<Cell> countChange(String label, long now, long before) {
    return List.of(
        Cell.text(label), Cell.count(now), Cell.count(before), Cell.change(now - before));
  }

  /** Shares change in percentage points, from the whole percentages shown beside them. */
  private static List<Cell> shareChange(String label, Rate now, Rate before) {
    Cell change =
        now.isNoData() || before.isNoData()
            ? Cell.change((BigDecimal) null, noData())
            : Cell.change(now.percent() - before.percent());
    return List.of(
        Cell.text(label), Cell.percent(now, noData()), Cell.percent(before, noData()), change);
  }

  private static List<Cell> decimalChange(String label, BigDecimal now, BigDecimal before) {
    return List.of(
        Cell.text(label),
        Cell.decimal(now, noData()),
        Cell.decimal(before, noData()),
        Cell.change(now == null || before == null ? null : now.subtract(before), noData()));
  }

  /** Averages change by the difference of the averages shown, to one decimal place. */
  private static List<Cell> meanChange(String label, Mean now, Mean before) {
    return decimalChange(label, now.rounded(), before.rounded());
  }

  // --- by team or worker -----------------------------------------------------------------------

  private static FigureGroup breakdown(CultureFigures f) {
    String who = f.filter().by() == CultureFilter.By.TEAM ? "team" : "worker";
    List<List<Cell>> rows = new ArrayList<>();
    for (CultureFigures.Row row : f.breakdown()) {
      RecordTotals r = row.records();
      rows.add(
          List.of(
              Cell.text(row.label()),
              Cell.count(r.records()),
              Cell.decimal(r.findingsPerThousand(), noData()),
              Cell.percent(r.withStrengthsShare(), noData()),
              Cell.percent(r.withNetworkShare(), noData()),
              Cell.percent(r.withAssetsShare(), noData()),
              Cell.percent(r.withOwnWordGoalsShare(), noData()),
              Cell.count(row.audits().sent()),
              Cell.mean(row.audits().all(), noData())));
    }
    FigureTable table =
        new FigureTable(
            "breakdown",
            text("culture.breakdown." + who + ".caption", scope(f)),
            List.of(
                text("culture.breakdown." + who),
                text("culture.records"),
                text("culture.perThousand"),
                text("culture.withStrengths.share"),
                text("culture.withNetwork.share"),
                text("culture.withAssets.share"),
                text("culture.withOwnWordGoals.share"),
                text("culture.auditsSent"),
                text("culture.averageScore")),
            rows,
            null,
            null);
    return new FigureGroup(
        "breakdown",
        text("culture.breakdown." + who + ".title"),
        text("culture.breakdown." + who + ".explanation"),
        List.of(table));
  }
}
