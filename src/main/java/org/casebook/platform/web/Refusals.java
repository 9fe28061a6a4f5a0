package org.casebook.platform.web;

import jakarta.faces.context.FacesContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.casebook.platform.EditConflict;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.FieldsRefused;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.security.Caller;

/**
 * What a form's page shows when a service refuses what was typed: problems beside their fields, a
 * colleague's save that came first, a rule broken; "not found" for what the caller may not see.
 * What was typed stays on the page. Anything else is not a refusal and goes on up.
 */
public final class Refusals {

  private Refusals() {}

  /**
   * Shows the refusal on the form. {@code fieldIds} turns a service's field name into the page's id
   * for it; {@code conflictKey} is the message for a save that came second.
   */
  public static void show(
      RuntimeException e, String form, UnaryOperator<String> fieldIds, String conflictKey) {
    if (e instanceof FieldsRefused f) {
      Map<String, FieldProblem> byId = new LinkedHashMap<>();
      f.problems().forEach((field, problem) -> byId.put(fieldIds.apply(field), problem));
      FieldErrors.show(form, byId, "form.problems");
    } else if (e instanceof EditConflict) {
      Pages.error(conflictKey);
    } else if (e instanceof NotFound || e instanceof Caller.AccessDenied) {
      Pages.notFound();
      return;
    } else if (e instanceof RuleViolation r) {
      Pages.error(r);
    } else {
      throw e;
    }
    FacesContext.getCurrentInstance().validationFailed();
  }
}
