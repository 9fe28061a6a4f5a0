package org.casebook.conversation;

import java.util.Map;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.RuleViolation;

/** The notes cannot be signed yet: here is what to put right, field by field. */
public class NotesRefused extends RuleViolation {

  private static final long serialVersionUID = 1L;

  private final transient Map<String, FieldProblem> problems;

  public NotesRefused(Map<String, FieldProblem> problems) {
    super("conversation.problems");
    this.problems = Map.copyOf(problems);
  }

  public Map<String, FieldProblem> problems() {
    return problems;
  }
}
