package org.casebook.practice;

import java.util.Objects;
import org.casebook.security.Caller;
import org.casebook.security.Role;

/**
 * Who may see which practice culture figures. Leaders and administrators see the whole council, any
 * team, and any worker within a team. A team manager sees their own team and each worker in it;
 * asking for another team is refused, not quietly answered with their own. A social worker sees
 * their own figures only. Trainers, and anyone without a team who needs one, see nothing. Whether a
 * worker asked for belongs to the team is for the service to check (it needs the data).
 */
public final class CultureAccess {

  private CultureAccess() {}

  /** Whether the caller may see the dashboard at all. */
  public static boolean seesDashboard(Caller caller) {
    if (caller == null) {
      return false;
    }
    if (caller.is(Role.LEADER, Role.ADMIN)) {
      return true;
    }
    return caller.is(Role.TEAM_MANAGER, Role.SOCIAL_WORKER) && caller.teamId() != null;
  }

  /** Whether the caller may choose among teams and see the whole council. */
  public static boolean choosesTeam(Caller caller) {
    return caller != null && caller.is(Role.LEADER, Role.ADMIN);
  }

  /** Whether the caller may choose a worker (everyone but social workers, who are their own). */
  public static boolean choosesWorker(Caller caller) {
    return seesDashboard(caller) && !caller.is(Role.SOCIAL_WORKER);
  }

  /**
   * The filter the caller asked for, with their own team (and, for a social worker, themselves)
   * filled in where they left it out; refused with {@link Caller.AccessDenied} if they asked for
   * anything they may not see.
   */
  public static CultureFilter scope(Caller caller, CultureFilter asked) {
    if (!seesDashboard(caller)) {
      throw new Caller.AccessDenied();
    }
    if (choosesTeam(caller)) {
      return asked;
    }
    Long own = caller.teamId();
    if (asked.teamId() != null && !asked.teamId().equals(own)) {
      throw new Caller.AccessDenied();
    }
    if (caller.is(Role.SOCIAL_WORKER)) {
      if (asked.workerId() != null && asked.workerId() != caller.accountId()) {
        throw new Caller.AccessDenied();
      }
      return asked.withTeam(own).withWorker(caller.accountId());
    }
    return asked.withTeam(own);
  }

  /** The team the caller sees when they ask for one (null: the whole council). */
  public static Long team(Caller caller, Long asked) {
    if (!seesDashboard(caller)) {
      throw new Caller.AccessDenied();
    }
    if (choosesTeam(caller)) {
      return asked;
    }
    if (asked != null && !Objects.equals(asked, caller.teamId())) {
      throw new Caller.AccessDenied();
    }
    return caller.teamId();
  }
}
