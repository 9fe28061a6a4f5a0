package org.casebook.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import org.casebook.account.Account;
import org.casebook.account.Accounts;
import org.casebook.security.CurrentUser;

/** The administrator's list of all accounts. */
@Named
@RequestScoped
public class Users {

  @Inject Accounts accounts;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  private List<Account> all;

  public List<Account> getAll() {
    if (all == null) {
      all = accounts.all(currentUser.caller());
    }
    return all;
  }

  public boolean locked(Account account) {
    return account.isLockedAt(clock.instant());
  }
}
