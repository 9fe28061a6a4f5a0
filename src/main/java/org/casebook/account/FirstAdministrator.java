package org.casebook.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.casebook.platform.RuleViolation;
import org.casebook.security.PasswordRules;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the first administrator of a new installation from two settings, so that nobody has to
 * write to the database by hand. It acts only while no administrator exists; the password it is
 * given is temporary, and Casebook asks for a new one at the first sign-in. Afterwards the settings
 * can (and should) be removed.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @Inject
  @ConfigProperty(name = "casebook.first-admin.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "casebook.first-admin.password")
  Optional<String> password;

  @Inject Accounts accounts;

  @PostConstruct
  void create() {
    Optional<String> name = username.map(String::strip).filter(s -> !s.isEmpty());
    if (name.isEmpty() || accounts.administratorCount() > 0) {
      return;
    }
    String temporary = password.orElse("");
    if (PasswordRules.problem(temporary, name.get()).isPresent()) {
      LOG.warning(
          "No first administrator made: casebook.first-admin.password does not meet the password"
              + " rules (at least 12 characters, not the username, not a common password)");
      return;
    }
    try {
      accounts.createFirstAdministrator(name.get(), temporary);
    } catch (RuleViolation e) {
      LOG.warning(
          "No first administrator made: casebook.first-admin.username must be 3 to 60 lower-case"
              + " letters, digits, dots, dashes or underscores");
      return;
    }
    LOG.info("First administrator account made; it must choose a new password at first sign-in");
  }
}
