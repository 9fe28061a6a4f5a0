package org.casebook.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casebook.platform.web.Pages;
import org.casebook.security.LastSignIn;
import org.casebook.security.SignInOutcome;
import org.casebook.security.SignIns;

/** The sign-in page. After signing in, the user goes back where they were heading. */
@Named
@RequestScoped
public class SignIn {

  @Inject SecurityContext securityContext;
  @Inject LastSignIn lastSignIn;
  @Inject SignIns signIns;

  private String username;
  private String password;
  private String next;
  private boolean expired;
  private boolean signedOut;

  /** Someone already signed in who opens the sign-in page goes straight on. */
  public void onLoad() {
    if (FacesContext.getCurrentInstance().getExternalContext().getRemoteUser() != null
        && !FacesContext.getCurrentInstance().isPostback()) {
      Pages.redirect(safeNext());
    }
  }

  public void submit() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(
                    new UsernamePasswordCredential(
                        username == null ? "" : username, password == null ? "" : password))
                .newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS) {
      Pages.redirect(safeNext());
      faces.responseComplete();
      return;
    }
    password = null;
    SignInOutcome outcome = lastSignIn.outcome();
    if (outcome == SignInOutcome.LOCKED) {
      Pages.error("signin.locked", signIns.policy().lockFor().toMinutes());
    } else if (outcome == SignInOutcome.DEACTIVATED) {
      Pages.error("signin.deactivated");
    } else {
      Pages.error("signin.notRecognised");
    }
  }

  /**
   * Only paths inside Casebook, never another site. After an expired session, the page is told to
   * put back what the user had typed.
   */
  String safeNext() {
    String target = "/";
    if (next != null
        && next.startsWith("/")
        && !next.startsWith("//")
        && !next.contains("\\")
        && !next.startsWith("/login.xhtml")
        && !next.startsWith("/session/")) {
      target = next;
    }
    if (expired && !"/".equals(target)) {
      target += (target.contains("?") ? "&" : "?") + "cbRestore=1";
    }
    return target;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public boolean isExpired() {
    return expired;
  }

  public void setExpired(boolean expired) {
    this.expired = expired;
  }

  public boolean isSignedOut() {
    return signedOut;
  }

  public void setSignedOut(boolean signedOut) {
    this.signedOut = signedOut;
  }
}
