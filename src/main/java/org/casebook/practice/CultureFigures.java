package org.casebook.practice;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import org.casebook.platform.Messages;
import org.casebook.report.FileNames;

/**
 * The practice culture dashboard's figures for one filter, month by month: figures only, never a
 * person's name or anything about one record. Made from the totals the database adds up by month
 * and by team or worker ({@link #of}), so a month with nothing in it is there, empty.
 *
 * @param filter what was counted, after the caller's access was applied
 * @param teamName the team's name, or null for every team
 * @param workerName the worker's name, or null for every worker
 * @param today the day the figures were made
 * @param months every month shown, oldest first
 * @param lastYear the last 12 months shown
 * @param yearBefore the 12 months before those
 * @param breakdown each team's (the whole council) or worker's (one team) figures over the months
 *     shown, in order of name; empty for one worker
 */
public record CultureFigures(
    CultureFilter filter,
    String teamName,
    String workerName,
    LocalDate today,
    List<Month> months,
    Span lastYear,
    Span yearBefore,
    List<Row> breakdown) {

  public CultureFigures {
    months = List.copyOf(months);
    breakdown = List.copyOf(breakdown);
  }

  /**
   * One month's figures.
   *
   * @param month the month
   * @param soFar whether it is the current month, still going on
   * @param records the records signed in it
   * @param audits audits of its records whose feedback has been sent
   */
  public record Month(YearMonth month, boolean soFar, RecordTotals records, AuditTotals audits) {}

  /** Several months' figures added up: the first and last month, and the totals. */
  public record Span(YearMonth first, YearMonth last, RecordTotals records, AuditTotals audits) {}

  /** A team's or worker's figures over the months shown. */
  public record Row(String label, RecordTotals records, AuditTotals audits) {}

  /**
   * Totals the database added up for one month and one team or worker.
   *
   * @param month the month
   * @param group the team's or worker's id
   * @param totals what was added up
   */
  public record Tally<T>(YearMonth month, Long group, T totals) {}

  /**
   * The figures from the database's totals.
   *
   * @param filter what was counted
   * @param now the current month (shown as "so far")
   * @param today the day the figures are made
   * @param records record totals by month and by team (whole council) or worker, from {@link
   *     CultureFilter#firstCounted()} to the last month shown
   * @param audits audit totals, the same way
   * @param names the teams or workers of the breakdown by id, each shown even with no figures;
   *     anyone else with figures is shown too, as "unknown"
   */
  public static CultureFigures of(
      CultureFilter filter,
      YearMonth now,
      LocalDate today,
      String teamName,
      String workerName,
      List<Tally<RecordTotals>> records,
      List<Tally<AuditTotals>> audits,
      Map<Long, String> names) {
    Map<YearMonth, RecordTotals> recordsByMonth = byMonth(records, RecordTotals::plus);
    Map<YearMonth, AuditTotals> auditsByMonth = byMonth(audits, AuditTotals::plus);
    List<Month> months = new ArrayList<>();
    for (YearMonth m : filter.shown()) {
      months.add(
          new Month(
              m,
              m.equals(now),
              recordsByMonth.getOrDefault(m, RecordTotals.NONE),
              auditsByMonth.getOrDefault(m, AuditTotals.NONE)));
    }
    YearMonth end = filter.end();
    YearMonth yearStart = end.minusMonths(CultureFilter.YEAR - 1L);
    return new CultureFigures(
        filter,
        teamName,
        workerName,
        today,
        months,
        span(yearStart, end, recordsByMonth, auditsByMonth),
        span(
            yearStart.minusMonths(CultureFilter.YEAR),
            yearStart.minusMonths(1),
            recordsByMonth,
            auditsByMonth),
        filter.by() == CultureFilter.By.NONE
            ? List.of()
            : breakdown(filter, records, audits, names));
  }

  private static <T> Map<YearMonth, T> byMonth(List<Tally<T>> tallies, BinaryOperator<T> plus) {
    Map<YearMonth, T> byMonth = new HashMap<>();
    for (Tally<T> t : tallies) {
      byMonth.merge(t.month(), t.totals(), plus);
    }
    return byMonth;
  }

  private static Span span(
      YearMonth first,
      YearMonth last,
      Map<YearMonth, RecordTotals> records,
      Map<YearMonth, AuditTotals> audits) {
    RecordTotals r = RecordTotals.NONE;
    AuditTotals a = AuditTotals.NONE;
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      r = r.plus(records.getOrDefault(m, RecordTotals.NONE));
      a = a.plus(audits.getOrDefault(m, AuditTotals.NONE));
    }
    return new Span(first, last, r, a);
  }

  private static List<Row> breakdown(
      CultureFilter filter,
      List<Tally<RecordTotals>> records,
      List<Tally<AuditTotals>> audits,
      Map<Long, String> names) {
    YearMonth first = filter.first();
    YearMonth last = filter.end();
    Map<Long, RecordTotals> recordsBy = new HashMap<>();
    Map<Long, AuditTotals> auditsBy = new HashMap<>();
    Set<Long> ids = new LinkedHashSet<>(names.keySet());
    for (Tally<RecordTotals> t : records) {
      if (!t.month().isBefore(first) && !t.month().isAfter(last)) {
        recordsBy.merge(t.group(), t.totals(), RecordTotals::plus);
        ids.add(t.group());
      }
    }
    for (Tally<AuditTotals> t : audits) {
      if (!t.month().isBefore(first) && !t.month().isAfter(last)) {
        auditsBy.merge(t.group(), t.totals(), AuditTotals::plus);
        ids.add(t.group());
      }
    }
    List<Row> rows = new ArrayList<>();
    for (Long id : ids) {
      String label = names.get(id);
      rows.add(
          new Row(
              label == null
                  ? Messages.text("culture.breakdown.unknown", String.valueOf(id))
                  : label,
              recordsBy.getOrDefault(id, RecordTotals.NONE),
              auditsBy.getOrDefault(id, AuditTotals.NONE)));
    }
    rows.sort(Comparator.comparing(r -> r.label().toLowerCase(Locale.UK)));
    return rows;
  }

  /** Every month shown: the total of the months shown. */
  public Span shown() {
    RecordTotals r = RecordTotals.NONE;
    AuditTotals a = AuditTotals.NONE;
    for (Month m : months) {
      r = r.plus(m.records());
      a = a.plus(m.audits());
    }
    return new Span(filter.first(), filter.end(), r, a);
  }

  /**
   * A download's file name, for the filter and the day it was made:
   * "practice-culture-it-team-a-2024-12-to-2026-11-made-2026-11-23.pdf".
   */
  public String fileName(String extension) {
    StringBuilder name = new StringBuilder("practice-culture-");
    name.append(teamName == null ? "whole-council" : FileNames.slug(teamName));
    if (workerName != null) {
      name.append('-').append(FileNames.slug(workerName));
    }
    return name.append('-')
        .append(filter.first())
        .append("-to-")
        .append(filter.end())
        .append("-made-")
        .append(today)
        .append('.')
        .append(extension)
        .toString();
  }
}
