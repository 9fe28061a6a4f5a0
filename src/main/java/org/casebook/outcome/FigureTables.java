package org.casebook.outcome;

import static org.casebook.platform.Messages.text;

import java.util.ArrayList;
import java.util.List;
import org.casebook.contact.ResolutionRoute;
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
 * The dashboard's figures as tables, in the words of the message bundle: the page, the CSV file and
 * the spreadsheet all show these same tables, so they cannot disagree. Rates sit beside the counts
 * they come from.
 */
public final class FigureTables {

  private FigureTables() {}

  /** The whole dashboard as the downloads write it. */
  public static Report report(Figures f) {
    return new Report(text("outcomes.title"), text("outcomes.xlsx.about"), about(f), of(f));
  }

  public static List<About> about(Figures f) {
    OutcomeFilter filter = f.filter();
    List<About> about = new ArrayList<>();
    about.add(
        new About(
            text("outcomes.about.period"),
            text(
                "outcomes.about.periodValue",
                filter.period().shown(),
                text(filter.choice().getMessageKey()))));
    about.add(new About(text("outcomes.about.team"), teamText(f)));
    about.add(
        new About(
            text("outcomes.about.worker"),
            f.workerName() == null ? text("outcomes.about.everyWorker") : f.workerName()));
    about.add(
        new About(
            text("outcomes.about.ward"),
            filter.ward() == null ? text("outcomes.about.everyWard") : filter.ward()));
    about.add(
        new About(text("outcomes.about.window"), text("outcomes.about.windowValue", f.window())));
    about.add(new About(text("outcomes.about.made"), UkDates.show(f.today())));
    return about;
  }

  private static String teamText(Figures f) {
    return f.teamName() == null ? text("outcomes.about.wholeCouncil") : f.teamName();
  }

  /** Who and when, for captions: "IT Team A, 1 April 2025 to 31 March 2026". */
  static String scope(Figures f) {
    List<String> parts = new ArrayList<>();
    parts.add(teamText(f));
    if (f.workerName() != null) {
      parts.add(f.workerName());
    }
    if (f.filter().ward() != null) {
      parts.add(text("outcomes.scope.ward", f.filter().ward()));
    }
    parts.add(f.filter().period().shown());
    return String.join(", ", parts);
  }

  public static List<FigureGroup> of(Figures f) {
    List<FigureGroup> groups = new ArrayList<>();
    groups.add(contacts(f));
    groups.add(repeats(f));
    groups.add(resolutions(f));
    groups.add(reviews(f));
    if (f.breakdown().kind() != Breakdown.Kind.NONE) {
      groups.add(breakdown(f));
    }
    return groups;
  }

  private static String noData() {
    return text("outcomes.noData");
  }

  private static String caption(String key, Figures f) {
    return text(key, scope(f));
  }

  private static FigureGroup contacts(Figures f) {
    return new FigureGroup(
        "contacts",
        text("outcomes.contacts.title"),
        text("outcomes.contacts.explanation"),
        List.of(
            countTable(
                "contactsByRoute",
                caption("outcomes.contactsByRoute.caption", f),
                contactHeadings("outcomes.contactsByRoute.heading"),
                text("outcomes.contacts.total"),
                f.contactsByRoute(),
                "outcomes.contactsByRoute.chart"),
            countTable(
                "contactsByNextStep",
                caption("outcomes.contactsByNextStep.caption", f),
                contactHeadings("outcomes.contactsByNextStep.heading"),
                text("outcomes.contacts.total"),
                f.contactsByNextStep(),
                "outcomes.contactsByNextStep.chart")));
  }

  private static List<String> contactHeadings(String firstKey) {
    return List.of(
        text(firstKey), text("outcomes.contacts.count"), text("outcomes.contacts.share"));
  }

  /**
   * Counts by value with each one's share, the total last, and a bar chart of the counts.
   *
   * @param headings what the rows are, the count and the share
   */
  private static FigureTable countTable(
      String id,
      String caption,
      List<String> headings,
      String totalLabel,
      List<Figures.Count> counts,
      String chartKey) {
    long total = counts.stream().mapToLong(Figures.Count::count).sum();
    List<List<Cell>> rows = new ArrayList<>();
    for (Figures.Count c : counts) {
      rows.add(
          List.of(
              Cell.text(c.label()),
              Cell.count(c.count()),
              Cell.percent(new Rate(c.count(), total), noData())));
    }
    return new FigureTable(
        id,
        caption,
        headings,
        rows,
        List.of(Cell.text(totalLabel), Cell.count(total), Cell.text("")),
        Charts.bars(
            counts.stream().map(Figures.Count::label).toList(),
            counts.stream().map(Figures.Count::count).toList(),
            headings.get(1),
            false,
            text(chartKey)));
  }

  private static FigureGroup repeats(Figures f) {
    Figures.Requests r = f.requests();
    List<List<Cell>> rows = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<Integer> rates = new ArrayList<>();
    for (int months : List.of(3, 6, 12)) {
      String label =
          months == f.window()
              ? text("outcomes.repeats.withinCouncil", months)
              : text("outcomes.repeats.within", months);
      Rate rate = r.rate(months);
      rows.add(
          List.of(
              Cell.text(label),
              Cell.count(r.begun()),
              Cell.count(r.repeats(months)),
              Cell.percent(rate, noData())));
      labels.add(label);
      rates.add(rate.percent());
    }
    FigureTable table =
        new FigureTable(
            "repeats",
            caption("outcomes.repeats.caption", f),
            List.of(
                text("outcomes.repeats.window"),
                text("outcomes.repeats.begun"),
                text("outcomes.repeats.repeats"),
                text("outcomes.repeats.rate")),
            rows,
            null,
            Charts.bars(
                labels,
                rates,
                text("outcomes.repeats.rate"),
                true,
                text("outcomes.repeats.chart")));
    return new FigureGroup(
        "repeats",
        text("outcomes.repeats.title"),
        text("outcomes.repeats.explanation"),
        List.of(table));
  }

  private static FigureGroup resolutions(Figures f) {
    Figures.Resolutions r = f.resolutions();
    List<Figures.Count> byRoute = new ArrayList<>();
    for (ResolutionRoute route : ResolutionRoute.values()) {
      byRoute.add(
          new Figures.Count(
              text("outcomes.resolutionRoute." + route.name()),
              f.resolutionsByRoute().getOrDefault(route, 0L)));
    }
    FigureTable routes =
        countTable(
            "resolutionsByRoute",
            caption("outcomes.resolutionsByRoute.caption", f),
            List.of(
                text("outcomes.resolutionsByRoute.heading"),
                text("outcomes.resolutions.count"),
                text("outcomes.resolutions.share")),
            text("outcomes.resolutions.total"),
            byRoute,
            "outcomes.resolutionsByRoute.chart");
    List<Rate> rates = List.of(r.networkShare(), r.sustainableShare(), r.flaggedShare());
    List<String> labels =
        List.of(
            text("outcomes.resolutions.network"),
            text("outcomes.resolutions.sustainable"),
            text("outcomes.resolutions.flagged", f.window()));
    List<List<Cell>> rows = new ArrayList<>();
    for (int i = 0; i < rates.size(); i++) {
      rows.add(rateRow(labels.get(i), rates.get(i)));
    }
    FigureTable judged =
        new FigureTable(
            "resolutionsJudged",
            caption("outcomes.resolutionsJudged.caption", f),
            rateHeadings(),
            rows,
            null,
            Charts.bars(
                labels,
                rates.stream().map(Rate::percent).toList(),
                text("outcomes.rate"),
                true,
                text("outcomes.resolutionsJudged.chart")));
    return new FigureGroup(
        "resolutions",
        text("outcomes.resolutions.title"),
        text("outcomes.resolutions.explanation", f.window()),
        List.of(routes, judged));
  }

  private static List<String> rateHeadings() {
    return List.of(
        text("outcomes.measure"),
        text("outcomes.number"),
        text("outcomes.outOf"),
        text("outcomes.rate"));
  }

  private static List<Cell> rateRow(String label, Rate rate) {
    return List.of(
        Cell.text(label),
        Cell.count(rate.count()),
        Cell.count(rate.of()),
        Cell.percent(rate, noData()));
  }

  private static FigureGroup reviews(Figures f) {
    Figures.Reviews r = f.reviews();
    FigureTable held =
        new FigureTable(
            "reviewsHeld",
            caption("outcomes.reviewsHeld.caption", f),
            rateHeadings(),
            List.of(
                List.of(
                    Cell.text(text("outcomes.reviews.held")),
                    Cell.count(r.held()),
                    Cell.text(""),
                    Cell.text("")),
                rateRow(text("outcomes.reviews.goalsMet"), r.goalsMetShare()),
                List.of(
                    Cell.text(text("outcomes.reviews.overdue")),
                    Cell.count(r.overdue()),
                    Cell.text(""),
                    Cell.text(""))),
            null,
            null);
    List<String> khiLabels =
        List.of(
            text("outcomes.reviews.khiPeople"),
            text("outcomes.reviews.khiControl"),
            text("outcomes.reviews.khiConnected"));
    List<Mean> khi = List.of(r.khiPeople(), r.khiControl(), r.khiConnected());
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(
        List.of(
            Cell.text(text("outcomes.reviews.tScore")),
            Cell.mean(r.tScore(), noData()),
            Cell.count(r.tScore().count())));
    for (int i = 0; i < khi.size(); i++) {
      rows.add(
          List.of(
              Cell.text(khiLabels.get(i)),
              Cell.change(khi.get(i), noData()),
              Cell.count(khi.get(i).count())));
    }
    FigureTable change =
        new FigureTable(
            "reviewsChange",
            caption("outcomes.reviewsChange.caption", f),
            List.of(
                text("outcomes.measure"),
                text("outcomes.reviews.average"),
                text("outcomes.reviews.restsOn")),
            rows,
            null,
            Charts.bars(
                khiLabels,
                khi.stream().map(Mean::rounded).toList(),
                text("outcomes.reviews.averageChange"),
                false,
                text("outcomes.reviewsChange.chart")));
    return new FigureGroup(
        "reviews",
        text("outcomes.reviews.title"),
        text("outcomes.reviews.explanation"),
        List.of(held, change));
  }

  private static FigureGroup breakdown(Figures f) {
    boolean byTeam = f.breakdown().kind() == Breakdown.Kind.TEAM;
    List<List<Cell>> rows = new ArrayList<>();
    for (Breakdown.Row row : f.breakdown().rows()) {
      rows.add(
          List.of(
              Cell.text(row.label()),
              Cell.count(row.contacts()),
              Cell.count(row.requests()),
              Cell.count(row.repeats()),
              Cell.percent(row.repeatRate(), noData()),
              Cell.count(row.resolutions()),
              Cell.count(row.networkOrCommunity()),
              Cell.percent(row.networkShare(), noData()),
              Cell.count(row.reviews()),
              Cell.mean(row.tScore(), noData()),
              Cell.count(row.overdue())));
    }
    String who = byTeam ? "team" : "worker";
    FigureTable table =
        new FigureTable(
            "breakdown",
            caption("outcomes.breakdown." + who + ".caption", f),
            List.of(
                text("outcomes.breakdown." + who),
                text("outcomes.contacts.count"),
                text("outcomes.repeats.begun"),
                text("outcomes.breakdown.repeats", f.window()),
                text("outcomes.repeats.rate"),
                text("outcomes.resolutions.count"),
                text("outcomes.breakdown.network"),
                text("outcomes.resolutions.share"),
                text("outcomes.reviews.held"),
                text("outcomes.reviews.tScoreShort"),
                text("outcomes.reviews.overdue")),
            rows,
            null,
            Charts.bars(
                f.breakdown().rows().stream().map(Breakdown.Row::label).toList(),
                f.breakdown().rows().stream().map(Breakdown.Row::contacts).toList(),
                text("outcomes.contacts.count"),
                false,
                text("outcomes.breakdown." + who + ".chart")));
    return new FigureGroup(
        "breakdown",
        text("outcomes.breakdown." + who + ".title"),
        text("outcomes.breakdown." + who + ".explanation"),
        List.of(table));
  }
}
