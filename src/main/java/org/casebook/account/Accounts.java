package org.casebook.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.casebook.platform.EditConflict;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.security.Caller;
import org.casebook.security.PasswordHasher;
import org.casebook.security.PasswordRules;
import org.casebook.security.Role;

/**
 * Accounts and teams. Administrators manage them; managers can list their own team's workers;
 * everyone can change their own password.
 */
@ApplicationScoped
@Transactional
public class Accounts {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject PasswordHasher hasher;

  /** A new account with the one-off password to pass on to its owner. */
  public record Created(Account account, String temporaryPassword) {}

  // --- reading ------------------------------------------------------------------------------

  public Optional<Account> findByUsername(String username) {
    return em.createQuery("select a from Account a where a.username = :u", Account.class)
        .setParameter("u", Account.normaliseUsername(username))
        .getResultStream()
        .findFirst();
  }

  public Optional<Account> find(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  public Account get(Caller caller, long id) {
    caller.require(Role.ADMIN);
    return find(id).orElseThrow(() -> new NotFound("account"));
  }

  public List<Account> all(Caller caller) {
    caller.require(Role.ADMIN);
    return em.createQuery(
            "select a from Account a left join a.team t order by a.displayName", Account.class)
        .getResultList();
  }

  /** The social workers and managers in the caller's own team. */
  public List<Account> myTeam(Caller caller) {
    caller.require(Role.TEAM_MANAGER, Role.SOCIAL_WORKER);
    return em.createQuery(
            "select a from Account a where a.team.id = :team and a.active = true"
                + " order by a.displayName",
            Account.class)
        .setParameter("team", caller.teamId())
        .getResultList();
  }

  public List<Team> teams() {
    return em.createQuery("select t from Team t order by t.name", Team.class).getResultList();
  }

  public List<Team> activeTeams() {
    return em.createQuery("select t from Team t where t.active = true order by t.name", Team.class)
        .getResultList();
  }

  public Team team(long id) {
    return Optional.ofNullable(em.find(Team.class, id)).orElseThrow(() -> new NotFound("team"));
  }

  // --- changing accounts (administrators) ----------------------------------------------------

  public Created create(
      Caller caller, String username, String displayName, Role role, Long teamId) {
    caller.require(Role.ADMIN);
    if (findByUsername(username).isPresent()) {
      throw new RuleViolation("account.username.taken");
    }
    String temporary = hasher.temporaryPassword();
    Account account =
        new Account(
            username,
            displayName,
            role,
            teamId == null ? null : team(teamId),
            hasher.hash(temporary),
            clock.instant());
    em.persist(account);
    em.flush();
    return new Created(account, temporary);
  }

  public long administratorCount() {
    return em.createQuery(
            "select count(a) from Account a where a.role = :admin and a.active = true", Long.class)
        .setParameter("admin", Role.ADMIN)
        .getSingleResult();
  }

  /** The first administrator of a new installation, whose given password is only temporary. */
  public Account createFirstAdministrator(String username, String temporaryPassword) {
    Account account =
        new Account(
            username,
            "Administrator",
            Role.ADMIN,
            null,
            hasher.hash(temporaryPassword),
            clock.instant());
    em.persist(account);
    em.flush();
    return account;
  }

  /** Creates an account with a chosen password (demo data and first set-up only). */
  public Account createWithPassword(
      String username, String displayName, Role role, Team team, String password) {
    Account account =
        new Account(username, displayName, role, team, hasher.hash(password), clock.instant());
    account.changePassword(account.getPasswordHash());
    em.persist(account);
    em.flush();
    return account;
  }

  public Account update(
      Caller caller,
      long id,
      int version,
      String displayName,
      Role role,
      Long teamId,
      boolean directoryEditor) {
    Account account = editable(caller, id, version);
    if (account.getId() == caller.accountId() && role != Role.ADMIN) {
      throw new RuleViolation("account.cannotDemoteSelf");
    }
    account.rename(displayName);
    account.assign(role, teamId == null ? null : team(teamId));
    account.nominateDirectoryEditor(directoryEditor);
    return flush(account);
  }

  /** Nominates (or stops nominating) a member of staff to keep the community directory. */
  public Account nominateDirectoryEditor(Caller caller, long id, boolean nominated) {
    caller.require(Role.ADMIN);
    Account account = find(id).orElseThrow(() -> new NotFound("account"));
    account.nominateDirectoryEditor(nominated);
    return account;
  }

  public Account deactivate(Caller caller, long id, int version) {
    Account account = editable(caller, id, version);
    if (account.getId() == caller.accountId()) {
      throw new RuleViolation("account.cannotDeactivateSelf");
    }
    account.deactivate();
    return flush(account);
  }

  public Account reactivate(Caller caller, long id, int version) {
    Account account = editable(caller, id, version);
    account.reactivate();
    return flush(account);
  }

  public Account unlock(Caller caller, long id, int version) {
    Account account = editable(caller, id, version);
    account.unlock();
    return flush(account);
  }

  /**
   * Sets a new temporary password, returned once to be passed on; it must be changed at sign-in.
   */
  public String resetPassword(Caller caller, long id, int version) {
    Account account = editable(caller, id, version);
    String temporary = hasher.temporaryPassword();
    account.resetPassword(hasher.hash(temporary));
    flush(account);
    return temporary;
  }

  /** Anyone may change their own password, given the current one. */
  public void changeOwnPassword(Caller caller, String current, String chosen) {
    Account account = find(caller.accountId()).orElseThrow(() -> new NotFound("account"));
    if (!hasher.matches(current, account.getPasswordHash())) {
      throw new RuleViolation("password.currentWrong");
    }
    PasswordRules.problem(chosen, account.getUsername())
        .ifPresent(
            key -> {
              throw new RuleViolation(key);
            });
    if (hasher.matches(chosen, account.getPasswordHash())) {
      throw new RuleViolation("password.same");
    }
    account.changePassword(hasher.hash(chosen));
  }

  // --- teams --------------------------------------------------------------------------------

  public Team createTeam(Caller caller, String name) {
    caller.require(Role.ADMIN);
    requireUniqueTeamName(name, null);
    Team team = new Team(name, clock.instant());
    em.persist(team);
    em.flush();
    return team;
  }

  public Team renameTeam(Caller caller, long id, int version, String name) {
    caller.require(Role.ADMIN);
    Team team = team(id);
    checkVersion(team.getVersion(), version, "team");
    requireUniqueTeamName(name, id);
    team.rename(name);
    return flush(team);
  }

  public Team setTeamActive(Caller caller, long id, int version, boolean active) {
    caller.require(Role.ADMIN);
    Team team = team(id);
    checkVersion(team.getVersion(), version, "team");
    if (active) {
      team.reactivate();
    } else {
      team.deactivate();
    }
    return flush(team);
  }

  public long activeMembers(Team team) {
    return em.createQuery(
            "select count(a) from Account a where a.team = :t and a.active = true", Long.class)
        .setParameter("t", team)
        .getSingleResult();
  }

  private void requireUniqueTeamName(String name, Long exceptId) {
    String trimmed = name == null ? "" : name.strip();
    boolean taken =
        teams().stream()
            .anyMatch(t -> t.getName().equalsIgnoreCase(trimmed) && !t.getId().equals(exceptId));
    if (taken) {
      throw new RuleViolation("team.name.taken");
    }
  }

  private Account editable(Caller caller, long id, int version) {
    Account account = get(caller, id);
    checkVersion(account.getVersion(), version, "account");
    return account;
  }

  private static void checkVersion(int current, int expected, String what) {
    if (current != expected) {
      throw new EditConflict(what);
    }
  }

  private <T> T flush(T entity) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new EditConflict(entity.getClass().getSimpleName());
    }
    return entity;
  }
}
