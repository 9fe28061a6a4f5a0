package org.casebook.person.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.casebook.person.Postcode;
import org.casebook.platform.Messages;

/** Checks a whole UK postcode field with the other fields, so every problem shows at once. */
@FacesValidator("postcode")
public class PostcodeValidator implements Validator<Object> {

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    if (value == null || value.toString().isBlank() || Postcode.isValid(value.toString())) {
      return;
    }
    String text = Messages.text("person.postcode.invalid");
    throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }
}
