package org.casebook.contact;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.Texts;
import org.casebook.platform.UkDates;

/**
 * A resolution as typed: when, the route, whether it is judged sustainable (null until the worker
 * says) and why.
 */
public record ResolutionDetails(
    String resolvedOn, ResolutionRoute route, Boolean sustainable, String reason) {

  public static final int REASON_MAX = 2_000;

  public Optional<LocalDate> date() {
    return resolvedOn == null ? Optional.empty() : UkDates.parse(resolvedOn);
  }

  public String tidyReason() {
    return Texts.keepLines(reason);
  }

  /**
   * What to put right, in the order of the form. {@code prefix} names the fields on a form that has
   * other fields too (a review).
   */
  public Map<String, FieldProblem> problems(LocalDate today, String prefix) {
    Map<String, FieldProblem> problems = new LinkedHashMap<>();
    if (Texts.isBlank(resolvedOn)) {
      problems.put(prefix + "resolvedOn", new FieldProblem("resolution.date.required"));
    } else if (date().isEmpty()) {
      problems.put(prefix + "resolvedOn", new FieldProblem("field.date.invalid"));
    } else if (date().get().isAfter(today)) {
      problems.put(prefix + "resolvedOn", new FieldProblem("resolution.date.future"));
    }
    if (route == null) {
      problems.put(prefix + "route", new FieldProblem("resolution.route.required"));
    }
    if (sustainable == null) {
      problems.put(prefix + "sustainable", new FieldProblem("resolution.sustainable.required"));
    }
    String why = tidyReason();
    if (why == null) {
      problems.put(prefix + "reason", new FieldProblem("resolution.reason.required"));
    } else if (why.length() > REASON_MAX) {
      problems.put(prefix + "reason", new FieldProblem("field.tooLong", REASON_MAX));
    }
    return problems;
  }
}
