package org.casebook.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import org.casebook.platform.Messages;
import org.casebook.platform.UkDates;

/** Date fields: typed the UK way, with a plain message when the date is not real. */
@FacesConverter("ukDate")
public class UkDateConverter implements Converter<LocalDate> {

  @Override
  public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return UkDates.parse(value)
        .orElseThrow(
            () -> {
              Object own = component.getAttributes().get("invalidMessage");
              String text =
                  own != null && !own.toString().isBlank()
                      ? own.toString()
                      : Messages.text("date.invalid", component.getAttributes().get("label"));
              return new ConverterException(
                  new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            });
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
    return value == null ? "" : UkDates.forInput(value);
  }
}
