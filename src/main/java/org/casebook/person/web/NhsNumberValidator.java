package org.casebook.person.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.casebook.person.NhsNumber;
import org.casebook.platform.Messages;

/** Checks an NHS number field with the other fields, so every problem shows at once. */
@FacesValidator("nhsNumber")
public class NhsNumberValidator implements Validator<Object> {

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    if (value == null || value.toString().isBlank()) {
      return;
    }
    NhsNumber.problem(value.toString())
        .ifPresent(
            problem -> {
              String text = Messages.text(problem.messageKey());
              throw new ValidatorException(
                  new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            });
  }
}
