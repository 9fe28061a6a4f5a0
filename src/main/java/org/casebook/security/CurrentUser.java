package org.casebook.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.casebook.account.Account;
import org.casebook.account.Accounts;
import org.casebook.platform.NotFound;

/** The member of staff making this request, for pages, REST resources and services. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext securityContext;
  @Inject Accounts accounts;

  private Account account;

  public Optional<Account> account() {
    if (account == null) {
      Principal principal = securityContext.getCallerPrincipal();
      if (principal == null) {
        return Optional.empty();
      }
      account = accounts.findByUsername(principal.getName()).orElse(null);
    }
    return Optional.ofNullable(account);
  }

  public boolean isSignedIn() {
    return account().isPresent();
  }

  /** The caller for service calls; a request without a signed-in user gets no further. */
  public Caller caller() {
    Account a = account().orElseThrow(() -> new NotFound("account"));
    return new Caller(
        a.getId(), a.getUsername(), a.getRole(), a.getTeam() == null ? null : a.getTeam().getId());
  }

  public String getDisplayName() {
    return account().map(Account::getDisplayName).orElse("");
  }

  public String getTeamName() {
    return account().map(a -> a.getTeam() == null ? "" : a.getTeam().getName()).orElse("");
  }

  public Role getRole() {
    return account().map(Account::getRole).orElse(null);
  }

  public boolean isSocialWorker() {
    return getRole() == Role.SOCIAL_WORKER;
  }

  public boolean isTeamManager() {
    return getRole() == Role.TEAM_MANAGER;
  }

  public boolean isTrainer() {
    return getRole() == Role.TRAINER;
  }

  public boolean isLeader() {
    return getRole() == Role.LEADER;
  }

  public boolean isAdmin() {
    return getRole() == Role.ADMIN;
  }

  public boolean isWorksWithPeople() {
    return getRole() != null && getRole().worksWithPeople();
  }
}
