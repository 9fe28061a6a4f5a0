package org.casebook.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.casebook.account.Accounts;
import org.casebook.platform.Messages;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.web.Pages;
import org.casebook.security.CurrentUser;

/** Anyone changes their own password here; after a reset, it is the only page they can open. */
@Named
@RequestScoped
public class ChangePassword {

  @Inject Accounts accounts;
  @Inject CurrentUser currentUser;

  private String current;
  private String chosen;
  private String confirm;

  public boolean isMustChange() {
    return currentUser.account().map(a -> a.isMustChangePassword()).orElse(false);
  }

  public String save() {
    if (chosen == null || !chosen.equals(confirm)) {
      Pages.fieldError("f:confirm", Messages.text("password.mismatch"));
      return null;
    }
    try {
      accounts.changeOwnPassword(currentUser.caller(), current, chosen);
    } catch (RuleViolation e) {
      String field = "password.currentWrong".equals(e.messageKey()) ? "f:current" : "f:chosen";
      Pages.fieldError(field, Messages.text(e));
      return null;
    }
    HttpSession session =
        (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
    if (session != null) {
      session.setAttribute("casebook.mustChangePassword", Boolean.FALSE);
    }
    Pages.info("password.changed");
    Pages.keepMessages();
    return "/index?faces-redirect=true";
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen;
  }

  public String getConfirm() {
    return confirm;
  }

  public void setConfirm(String confirm) {
    this.confirm = confirm;
  }
}
