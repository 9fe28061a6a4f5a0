package org.casebook.platform;

import java.util.Map;

/** What was typed cannot be kept yet: here is what to put right, field by field. */
public class FieldsRefused extends RuleViolation {

  private static final long serialVersionUID = 1L;

  private final transient Map<String, FieldProblem> problems;

  public FieldsRefused(Map<String, FieldProblem> problems) {
    this("form.problems", problems);
  }

  protected FieldsRefused(String messageKey, Map<String, FieldProblem> problems) {
    super(messageKey);
    this.problems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(problems));
  }

  public Map<String, FieldProblem> problems() {
    return problems;
  }
}
