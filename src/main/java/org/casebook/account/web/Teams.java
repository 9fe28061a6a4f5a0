package org.casebook.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.casebook.account.Accounts;
import org.casebook.account.Team;
import org.casebook.platform.EditConflict;
import org.casebook.platform.Messages;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.web.Pages;
import org.casebook.security.CurrentUser;

/** The administrator's list of teams: add, rename, deactivate. */
@Named
@ViewScoped
public class Teams implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Accounts accounts;
  @Inject CurrentUser currentUser;

  private List<Team> all;
  private String newName;
  private Long renamingId;
  private String rename;

  @PostConstruct
  void init() {
    reload();
  }

  private void reload() {
    currentUser.caller().require(org.casebook.security.Role.ADMIN);
    all = accounts.teams();
  }

  public void add() {
    try {
      Team team = accounts.createTeam(currentUser.caller(), newName);
      Pages.info("admin.teams.added", team.getName());
      newName = null;
      reload();
    } catch (RuleViolation e) {
      Pages.fieldError("f:newName", Messages.text(e));
    }
  }

  public void startRename(Team team) {
    renamingId = team.getId();
    rename = team.getName();
  }

  public void saveRename(Team team) {
    try {
      Team renamed =
          accounts.renameTeam(currentUser.caller(), team.getId(), team.getVersion(), rename);
      Pages.info("admin.teams.renamed", renamed.getName());
      renamingId = null;
      reload();
    } catch (EditConflict e) {
      Pages.error("edit.conflict");
      reload();
    } catch (RuleViolation e) {
      Pages.error(e);
    }
  }

  public void toggle(Team team) {
    try {
      Team changed =
          accounts.setTeamActive(
              currentUser.caller(), team.getId(), team.getVersion(), !team.isActive());
      Pages.info("admin.teams.statusChanged", changed.getName());
    } catch (EditConflict e) {
      Pages.error("edit.conflict");
    }
    reload();
  }

  public long members(Team team) {
    return accounts.activeMembers(team);
  }

  public List<Team> getAll() {
    return all;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public Long getRenamingId() {
    return renamingId;
  }

  public String getRename() {
    return rename;
  }

  public void setRename(String rename) {
    this.rename = rename;
  }
}
