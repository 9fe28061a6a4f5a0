package org.casebook.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.casebook.platform.Messages;
import org.casebook.platform.RuleViolation;

/** Small helpers shared by backing beans: messages in the bundle's words, redirects. */
public final class Pages {

  private Pages() {}

  public static void info(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_INFO, Messages.text(key, args));
  }

  public static void error(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_ERROR, Messages.text(key, args));
  }

  public static void error(RuleViolation violation) {
    add(null, FacesMessage.SEVERITY_ERROR, Messages.text(violation));
  }

  /** A message shown next to one field (client id such as "f:nhsNumber"); marks it invalid. */
  public static void fieldError(String clientId, String text) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text);
    FacesContext context = FacesContext.getCurrentInstance();
    var component = context.getViewRoot().findComponent(clientId);
    if (component instanceof jakarta.faces.component.UIInput input) {
      // An invalid field is drawn from its submitted value, and with empty strings read as null
      // (web.xml) a field with none is drawn empty: give it back what was typed.
      if (input.getSubmittedValue() == null && input.getValue() instanceof String typed) {
        input.setSubmittedValue(typed);
      }
      input.setValid(false);
    }
    context.validationFailed();
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
  }

  /** Keeps this request's messages for the page after a redirect. */
  public static void keepMessages() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  public static void redirect(String path) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Answers 404 with the friendly page: the record does not exist or is not this user's to see. */
  public static void notFound() {
    sendError(404);
  }

  /** Answers 403 with the friendly page: this user's role may not use the page. */
  public static void forbidden() {
    sendError(403);
  }

  private static void sendError(int status) {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      context.getExternalContext().responseSendError(status, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }

  public static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  /** Which page did it, for the access log: "page /person/view.xhtml". */
  public static String channel() {
    return "page " + FacesContext.getCurrentInstance().getViewRoot().getViewId();
  }
}
