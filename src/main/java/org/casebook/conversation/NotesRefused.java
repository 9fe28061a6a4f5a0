package org.casebook.conversation;

import java.util.Map;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.FieldsRefused;

/** The notes cannot be signed yet: here is what to put right, field by field. */
public class NotesRefused extends FieldsRefused {

  private static final long serialVersionUID = 1L;

  public NotesRefused(Map<String, FieldProblem> problems) {
    super("conversation.problems", problems);
  }
}
