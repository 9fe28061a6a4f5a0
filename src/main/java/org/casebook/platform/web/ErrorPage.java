package org.casebook.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import org.casebook.platform.ErrorReference;
import org.casebook.platform.NotFound;
import org.casebook.security.Caller;

/** The friendly error page: what happened in plain words, and a reference for the service desk. */
@Named
@RequestScoped
public class ErrorPage {

  public enum Kind {
    NOT_FOUND,
    FORBIDDEN,
    EXPIRED,
    FAILURE
  }

  private Kind kind = Kind.FAILURE;
  private String reference;

  @PostConstruct
  void init() {
    Map<String, Object> request =
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
    Throwable failure = (Throwable) request.get(RequestDispatcher.ERROR_EXCEPTION);
    Object status = request.get(RequestDispatcher.ERROR_STATUS_CODE);
    Throwable root = root(failure);
    if (root instanceof ViewExpiredException) {
      kind = Kind.EXPIRED;
    } else if (root instanceof NotFound || Integer.valueOf(404).equals(status)) {
      kind = Kind.NOT_FOUND;
    } else if (root instanceof Caller.AccessDenied || Integer.valueOf(403).equals(status)) {
      kind = Kind.FORBIDDEN;
    } else {
      kind = Kind.FAILURE;
      Object uri = request.get(RequestDispatcher.ERROR_REQUEST_URI);
      reference =
          failure == null
              ? ErrorReference.newReference()
              : ErrorReference.log(String.valueOf(uri), failure);
    }
  }

  private static Throwable root(Throwable failure) {
    Throwable t = failure;
    while (t != null) {
      if (t instanceof ViewExpiredException
          || t instanceof NotFound
          || t instanceof Caller.AccessDenied) {
        return t;
      }
      t = t.getCause();
    }
    return failure;
  }

  public Kind getKind() {
    return kind;
  }

  public String getReference() {
    return reference;
  }
}
