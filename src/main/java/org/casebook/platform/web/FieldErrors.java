package org.casebook.platform.web;

import java.util.Map;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.Messages;

/** Puts a service's field problems next to their fields on a form, and a summary at the top. */
public final class FieldErrors {

  private FieldErrors() {}

  /**
   * Shows each problem next to its field ({@code form + ":" + field}; a path "goals:0:level"
   * becomes "f:goals:0:level"), and the summary message at the top.
   */
  public static void show(String form, Map<String, FieldProblem> problems, String summaryKey) {
    besideFields(form, problems);
    Pages.error(summaryKey);
  }

  /** Shows each problem next to its field, with no summary. */
  public static void besideFields(String form, Map<String, FieldProblem> problems) {
    for (var p : problems.entrySet()) {
      Pages.fieldError(form + ":" + p.getKey(), Messages.text(p.getValue()));
    }
  }
}
