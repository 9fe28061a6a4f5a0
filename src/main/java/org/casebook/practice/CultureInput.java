package org.casebook.practice;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.Texts;
import org.casebook.report.AddressQuery;

/**
 * The culture dashboard's choices as they arrive in the page's address ({@code
 * ?months=24&end=2026-11&team=3&worker=7}), so that a view can be bookmarked and downloaded: the
 * trend's length, its last month (year and month, as {@code 2026-11}), the team and the worker.
 * What was given is kept as it was, so a page with a problem can show it beside the message.
 */
public record CultureInput(String months, String end, String team, String worker) {

  /** Reads the parameters by name (a request's parameter map, a test's map). */
  public static CultureInput of(Function<String, String> parameter) {
    return new CultureInput(
        parameter.apply("months"),
        parameter.apply("end"),
        parameter.apply("team"),
        parameter.apply("worker"));
  }

  /**
   * The filter, or the problems field by field.
   *
   * @param filter the filter when there are no problems, else null
   * @param problems field name ("months", "end", "team", "worker") to its problem
   */
  public record Read(CultureFilter filter, Map<String, FieldProblem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /** The choices read in the month it is now. */
  public Read read(YearMonth now) {
    Map<String, FieldProblem> problems = new LinkedHashMap<>();
    Integer length = length().orElse(null);
    if (length == null) {
      problems.put("months", new FieldProblem("culture.months.invalid"));
    }
    YearMonth last = end(now).orElse(null);
    if (last == null) {
      problems.put("end", new FieldProblem("culture.end.invalid"));
    }
    Long teamId = id("team", team, problems);
    Long workerId = id("worker", worker, problems);
    if (!problems.isEmpty()) {
      return new Read(null, problems);
    }
    return new Read(new CultureFilter(length, last, teamId, workerId), problems);
  }

  /** The trend's length: the default when none was given; empty when it is not one offered. */
  public Optional<Integer> length() {
    if (Texts.isBlank(months)) {
      return Optional.of(CultureFilter.DEFAULT_MONTHS);
    }
    return CultureFilter.LENGTHS.stream()
        .filter(n -> String.valueOf(n).equals(months.strip()))
        .findFirst();
  }

  /**
   * The last month shown: this month when none was given; empty when it is not a month from {@value
   * CultureFilter#END_MONTHS_BACK} months ago to this one.
   */
  public Optional<YearMonth> end(YearMonth now) {
    if (Texts.isBlank(end)) {
      return Optional.of(now);
    }
    try {
      YearMonth m = YearMonth.parse(end.strip());
      boolean inRange =
          !m.isAfter(now) && !m.isBefore(now.minusMonths(CultureFilter.END_MONTHS_BACK));
      return inRange ? Optional.of(m) : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Long id(String field, String typed, Map<String, FieldProblem> problems) {
    if (Texts.isBlank(typed)) {
      return null;
    }
    Optional<Long> id = AddressQuery.id(typed);
    if (id.isEmpty()) {
      problems.put(field, new FieldProblem("culture." + field + ".invalid"));
    }
    return id.orElse(null);
  }

  /** The same choices as a query string, for the downloads ("months=24&team=3"). */
  public String query() {
    StringBuilder q = new StringBuilder();
    AddressQuery.add(q, "months", months);
    AddressQuery.add(q, "end", end);
    AddressQuery.add(q, "team", team);
    AddressQuery.add(q, "worker", worker);
    return q.toString();
  }

  // For pages (Jakarta EL reads getters, not record components): the values as given.

  public String getMonths() {
    return months;
  }

  public String getEnd() {
    return end;
  }

  public String getTeam() {
    return team;
  }

  public String getWorker() {
    return worker;
  }
}
