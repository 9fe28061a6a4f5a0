package org.casebook.outcome;

import org.casebook.security.Caller;
import org.casebook.security.Role;

/**
 * Who may see which outcomes. A team manager sees their own team only: whatever team they ask for,
 * the figures are their team's. Leaders and administrators see every team, the whole council or one
 * team at a time; a worker can be chosen only within a team. Nobody else sees the dashboard.
 */
public final class OutcomeAccess {

  private OutcomeAccess() {}

  /** The filter the caller may have: the one asked for, kept within what they may see. */
  public static OutcomeFilter scope(Caller caller, OutcomeFilter asked) {
    Long team = team(caller, asked.teamId());
    return team == null ? asked.withTeam(null).withWorker(null) : asked.withTeam(team);
  }

  /**
   * The team the caller may see when they ask for one: a team manager's own team whatever they ask,
   * for leaders and administrators the team asked for (null for the whole council).
   */
  public static Long team(Caller caller, Long asked) {
    if (!seesDashboard(caller)) {
      throw new Caller.AccessDenied();
    }
    return caller.is(Role.TEAM_MANAGER) ? caller.teamId() : asked;
  }

  /** Whether the caller may see the dashboard at all. */
  public static boolean seesDashboard(Caller caller) {
    return caller != null
        && (caller.is(Role.LEADER, Role.ADMIN)
            || (caller.is(Role.TEAM_MANAGER) && caller.teamId() != null));
  }

  /** Whether the caller may choose among teams (leaders and administrators). */
  public static boolean choosesTeam(Caller caller) {
    return caller != null && caller.is(Role.LEADER, Role.ADMIN);
  }
}
