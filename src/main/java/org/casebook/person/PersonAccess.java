package org.casebook.person;

import java.util.Set;
import org.casebook.security.Caller;
import org.casebook.security.Role;

/**
 * Who may open a person's record. Only social workers and team managers, and only for their own
 * team's people. A restricted record is open only to its lead worker, the workers named on it and
 * the team's managers. {@link People#search} expresses the same rule as a query.
 */
public final class PersonAccess {

  private PersonAccess() {}

  public static boolean canOpen(
      Caller caller,
      long personTeamId,
      boolean restricted,
      Long leadWorkerId,
      Set<Long> namedWorkerIds) {
    if (!caller.role().worksWithPeople() || !caller.inTeam(personTeamId)) {
      return false;
    }
    if (!restricted || caller.role() == Role.TEAM_MANAGER) {
      return true;
    }
    long me = caller.accountId();
    return (leadWorkerId != null && leadWorkerId == me) || namedWorkerIds.contains(me);
  }

  public static boolean canOpen(Caller caller, Person person) {
    return canOpen(
        caller,
        person.getTeam().getId(),
        person.isRestricted(),
        person.getLeadWorker() == null ? null : person.getLeadWorker().getId(),
        person.namedWorkerIds());
  }
}
