package org.casebook.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.casebook.account.Account;
import org.casebook.account.Accounts;

/**
 * Staff names for stamps such as "Finalised … by Ada Worker": records keep the username, which
 * never changes; pages show the person's name. An account that no longer exists shows its username.
 */
@Named
@RequestScoped
public class StaffNames {

  @Inject Accounts accounts;

  private final Map<String, String> names = new HashMap<>();

  public String of(String username) {
    if (username == null) {
      return "";
    }
    return names.computeIfAbsent(
        username, u -> accounts.findByUsername(u).map(Account::getDisplayName).orElse(u));
  }
}
