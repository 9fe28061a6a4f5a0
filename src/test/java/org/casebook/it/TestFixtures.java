package org.casebook.it;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.casebook.account.Account;
import org.casebook.account.Accounts;
import org.casebook.account.Team;
import org.casebook.security.Role;

/**
 * Accounts the integration and browser tests sign in with; only in test deployments. People are
 * made by each test itself.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class TestFixtures {

  public static final String PASSWORD = "it-password-2026";
  public static final String TEAM_A = "IT Team A";
  public static final String TEAM_B = "IT Team B";

  @Inject Accounts accounts;
  @PersistenceContext EntityManager em;

  @PostConstruct
  void create() {
    if (accounts.findByUsername("it.admin").isPresent()) {
      return;
    }
    Team a = team(TEAM_A);
    Team b = team(TEAM_B);
    accounts.createWithPassword("it.worker.a1", "Ada Worker", Role.SOCIAL_WORKER, a, PASSWORD);
    accounts.createWithPassword("it.worker.a2", "Ali Worker", Role.SOCIAL_WORKER, a, PASSWORD);
    accounts.createWithPassword("it.worker.a3", "Amy Worker", Role.SOCIAL_WORKER, a, PASSWORD);
    accounts.createWithPassword("it.manager.a", "Anna Manager", Role.TEAM_MANAGER, a, PASSWORD);
    accounts.createWithPassword("it.worker.b1", "Ben Worker", Role.SOCIAL_WORKER, b, PASSWORD);
    accounts.createWithPassword("it.manager.b", "Bea Manager", Role.TEAM_MANAGER, b, PASSWORD);
    accounts.createWithPassword("it.trainer", "Tia Trainer", Role.TRAINER, null, PASSWORD);
    accounts.createWithPassword("it.admin", "Ade Admin", Role.ADMIN, null, PASSWORD);
    // A social worker nominated to keep the community asset directory up to date.
    accounts
        .createWithPassword("it.editor", "Eve Editor", Role.SOCIAL_WORKER, a, PASSWORD)
        .nominateDirectoryEditor(true);
    Account inactive =
        accounts.createWithPassword("it.inactive", "Ivy Inactive", Role.SOCIAL_WORKER, a, PASSWORD);
    inactive.deactivate();
    Account temporary =
        accounts.createWithPassword(
            "it.temporary", "Tom Temporary", Role.SOCIAL_WORKER, a, PASSWORD);
    temporary.resetPassword(temporary.getPasswordHash());
    for (int i = 1; i <= 4; i++) {
      accounts.createWithPassword(
          "it.lockme" + i, "Lock Test " + i, Role.SOCIAL_WORKER, a, PASSWORD);
    }
  }

  private Team team(String name) {
    Team team = new Team(name, Instant.now());
    em.persist(team);
    em.flush();
    return team;
  }
}
