package org.casebook.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.casebook.platform.web.Pages;

/** Signing out ends the session on the server, not just in the browser. */
@Named
@RequestScoped
public class SignOut {

  public void signOut() throws ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    external.invalidateSession();
    Pages.redirect("/login.xhtml?signedOut=true");
  }
}
