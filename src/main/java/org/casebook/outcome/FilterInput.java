package org.casebook.outcome;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.Texts;
import org.casebook.platform.UkDates;
import org.casebook.report.AddressQuery;

/**
 * The dashboard's filter as it arrives in the page's address, so that a view can be bookmarked and
 * downloaded: {@code period} (a preset or {@code dates}), {@code from} and {@code to} typed as
 * people write dates, {@code ward}, {@code team} and {@code worker}. What was typed is kept as it
 * was, so a page with a problem can show it again beside the message.
 */
public record FilterInput(
    String period, String from, String to, String ward, String team, String worker) {

  public static final int WARD_MAX = 100;

  /** Reads the parameters by name (a request's parameter map, a test's map). */
  public static FilterInput of(Function<String, String> parameter) {
    return new FilterInput(
        parameter.apply("period"),
        parameter.apply("from"),
        parameter.apply("to"),
        parameter.apply("ward"),
        parameter.apply("team"),
        parameter.apply("worker"));
  }

  /**
   * The filter, or the problems field by field (in the form's order).
   *
   * @param filter the filter when there are no problems, else null
   * @param problems field name ("period", "from", "to", "ward", "team", "worker") to its problem
   */
  public record Read(OutcomeFilter filter, Map<String, FieldProblem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  public Read read(LocalDate today) {
    Map<String, FieldProblem> problems = new LinkedHashMap<>();
    PeriodChoice choice = choice().orElse(null);
    if (choice == null) {
      problems.put("period", new FieldProblem("outcomes.period.invalid"));
    }
    Period period = null;
    if (choice == PeriodChoice.DATES) {
      Optional<LocalDate> first = date("from", from, problems);
      Optional<LocalDate> last = date("to", to, problems);
      if (first.isPresent() && last.isPresent()) {
        if (last.get().isBefore(first.get())) {
          problems.put("to", new FieldProblem("outcomes.to.beforeFrom"));
        } else {
          period = new Period(first.get(), last.get());
        }
      }
    } else if (choice != null) {
      period = choice.on(today);
    }
    String w = Texts.oneLine(ward);
    if (w != null && w.length() > WARD_MAX) {
      problems.put("ward", new FieldProblem("field.tooLong", WARD_MAX));
    }
    Long teamId = id("team", team, problems);
    Long workerId = id("worker", worker, problems);
    if (!problems.isEmpty()) {
      return new Read(null, problems);
    }
    return new Read(new OutcomeFilter(choice, period, teamId, workerId, w), problems);
  }

  /** The period chosen: the default (the last 12 months) when none was given. */
  public Optional<PeriodChoice> choice() {
    return Texts.isBlank(period)
        ? Optional.of(PeriodChoice.LAST_12_MONTHS)
        : PeriodChoice.of(period.strip());
  }

  private static Optional<LocalDate> date(
      String field, String typed, Map<String, FieldProblem> problems) {
    if (Texts.isBlank(typed)) {
      problems.put(field, new FieldProblem("outcomes." + field + ".required"));
      return Optional.empty();
    }
    Optional<LocalDate> date = UkDates.parse(typed);
    if (date.isEmpty()) {
      problems.put(field, new FieldProblem("outcomes.date.invalid"));
    }
    return date;
  }

  private static Long id(String field, String typed, Map<String, FieldProblem> problems) {
    if (Texts.isBlank(typed)) {
      return null;
    }
    Optional<Long> id = AddressQuery.id(typed);
    if (id.isEmpty()) {
      problems.put(field, new FieldProblem("outcomes." + field + ".invalid"));
    }
    return id.orElse(null);
  }

  /** The same filter as a query string for the downloads ("period=dates&from=1+4+2026…"). */
  public String query() {
    StringBuilder q = new StringBuilder();
    AddressQuery.add(q, "period", period);
    if (choice().orElse(null) == PeriodChoice.DATES) {
      AddressQuery.add(q, "from", from);
      AddressQuery.add(q, "to", to);
    }
    AddressQuery.add(q, "ward", ward);
    AddressQuery.add(q, "team", team);
    AddressQuery.add(q, "worker", worker);
    return q.toString();
  }

  // For pages (Jakarta EL reads getters, not record components): the values as typed.

  public String getPeriod() {
    return period;
  }

  public String getFrom() {
    return from;
  }

  public String getTo() {
    return to;
  }

  public String getWard() {
    return ward;
  }

  public String getTeam() {
    return team;
  }

  public String getWorker() {
    return worker;
  }
}
