package org.casebook.contact;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.Texts;
import org.casebook.platform.UkDates;

/**
 * A front-door contact as typed: the date (as people write it), who got in touch, the route of
 * access, the reason in the person's words, and what happened next (ids of coded values).
 */
public record ContactDetails(
    String contactedOn, Long sourceId, Long routeId, String reason, Long nextStepId) {

  public static final int REASON_MAX = 2_000;

  public Optional<LocalDate> date() {
    return contactedOn == null ? Optional.empty() : UkDates.parse(contactedOn);
  }

  public String tidyReason() {
    return Texts.keepLines(reason);
  }

  /** What to put right before the contact can be kept, in the order of the form. */
  public Map<String, FieldProblem> problems(LocalDate today) {
    Map<String, FieldProblem> problems = new LinkedHashMap<>();
    if (Texts.isBlank(contactedOn)) {
      problems.put("contactedOn", new FieldProblem("contact.date.required"));
    } else if (date().isEmpty()) {
      problems.put("contactedOn", new FieldProblem("field.date.invalid"));
    } else if (date().get().isAfter(today)) {
      problems.put("contactedOn", new FieldProblem("contact.date.future"));
    }
    if (sourceId == null) {
      problems.put("source", new FieldProblem("contact.source.required"));
    }
    if (routeId == null) {
      problems.put("route", new FieldProblem("contact.route.required"));
    }
    String why = tidyReason();
    if (why == null) {
      problems.put("reason", new FieldProblem("contact.reason.required"));
    } else if (why.length() > REASON_MAX) {
      problems.put("reason", new FieldProblem("field.tooLong", REASON_MAX));
    }
    if (nextStepId == null) {
      problems.put("nextStep", new FieldProblem("contact.nextStep.required"));
    }
    return problems;
  }
}
