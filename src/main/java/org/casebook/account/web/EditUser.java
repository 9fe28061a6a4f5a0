package org.casebook.account.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.casebook.account.Account;
import org.casebook.account.Accounts;
import org.casebook.account.Team;
import org.casebook.platform.EditConflict;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.web.Pages;
import org.casebook.security.CurrentUser;
import org.casebook.security.Role;

/** An administrator adds or edits one account: role, team, deactivation, password reset, unlock. */
@Named
@ViewScoped
public class EditUser implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Accounts accounts;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  private Long id;
  private int version;
  private String username;
  private String displayName;
  private Role role;
  private Long teamId;
  private boolean active;
  private boolean directoryEditor;
  private String lockedUntil;
  private List<Team> teams;

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    teams = accounts.activeTeams();
    if (id != null) {
      try {
        refresh(accounts.get(currentUser.caller(), id));
      } catch (NotFound e) {
        Pages.notFound();
      }
    }
  }

  private void refresh(Account a) {
    version = a.getVersion();
    username = a.getUsername();
    displayName = a.getDisplayName();
    role = a.getRole();
    teamId = a.getTeam() == null ? null : a.getTeam().getId();
    active = a.isActive();
    directoryEditor = a.isDirectoryEditor();
    lockedUntil =
        a.isLockedAt(clock.instant())
            ? java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                .format(a.getLockedUntil().atZone(clock.getZone()))
            : null;
  }

  public String save() {
    try {
      if (id == null) {
        Accounts.Created created =
            accounts.create(currentUser.caller(), username, displayName, role, teamId);
        if (directoryEditor) {
          accounts.nominateDirectoryEditor(
              currentUser.caller(), created.account().getId(), directoryEditor);
        }
        Pages.info(
            "admin.user.created", created.account().getDisplayName(), created.temporaryPassword());
        Pages.keepMessages();
        return "/admin/user?faces-redirect=true&id=" + created.account().getId();
      }
      refresh(
          accounts.update(
              currentUser.caller(), id, version, displayName, role, teamId, directoryEditor));
      Pages.info("admin.user.saved");
    } catch (EditConflict e) {
      Pages.error("edit.conflict");
    } catch (RuleViolation e) {
      fieldOrPage(e);
    }
    return null;
  }

  public void deactivate() {
    act(() -> accounts.deactivate(currentUser.caller(), id, version), "admin.user.deactivated");
  }

  public void reactivate() {
    act(() -> accounts.reactivate(currentUser.caller(), id, version), "admin.user.reactivated");
  }

  public void unlock() {
    act(() -> accounts.unlock(currentUser.caller(), id, version), "admin.user.unlocked");
  }

  public void resetPassword() {
    try {
      String temporary = accounts.resetPassword(currentUser.caller(), id, version);
      refresh(accounts.get(currentUser.caller(), id));
      Pages.info("admin.user.passwordReset", displayName, temporary);
    } catch (EditConflict e) {
      Pages.error("edit.conflict");
    } catch (RuleViolation e) {
      Pages.error(e);
    }
  }

  private void act(java.util.function.Supplier<Account> action, String doneKey) {
    try {
      refresh(action.get());
      Pages.info(doneKey, displayName);
    } catch (EditConflict e) {
      Pages.error("edit.conflict");
    } catch (RuleViolation e) {
      Pages.error(e);
    }
  }

  private void fieldOrPage(RuleViolation e) {
    String field =
        switch (e.messageKey()) {
          case "account.username.invalid", "account.username.taken" -> "username";
          case "account.displayName.required" -> "displayName";
          case "account.role.required", "account.cannotDemoteSelf" -> "role";
          case "account.team.required" -> "team";
          default -> null;
        };
    if (field == null) {
      Pages.error(e);
    } else {
      Pages.fieldError("f:" + field, org.casebook.platform.Messages.text(e));
    }
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public Long getTeamId() {
    return teamId;
  }

  public void setTeamId(Long teamId) {
    this.teamId = teamId;
  }

  public boolean isActive() {
    return active;
  }

  public String getLockedUntil() {
    return lockedUntil;
  }

  public List<Team> getTeams() {
    return teams;
  }

  public boolean isDirectoryEditor() {
    return directoryEditor;
  }

  public void setDirectoryEditor(boolean directoryEditor) {
    this.directoryEditor = directoryEditor;
  }
}
