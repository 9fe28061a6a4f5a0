package org.casebook.security;

import java.util.Arrays;
import java.util.Objects;
import org.casebook.platform.RuleViolation;

/**
 * The signed-in member of staff on whose behalf a service acts. Services take it as a parameter, so
 * every access rule is checked on the server whichever way the request came in.
 *
 * @param accountId the account's id
 * @param username the account's username (for the access log)
 * @param role the account's role
 * @param teamId the account's team, or null for trainers and administrators
 */
public record Caller(long accountId, String username, Role role, Long teamId) {

  public Caller {
    Objects.requireNonNull(username);
    Objects.requireNonNull(role);
  }

  public boolean is(Role... roles) {
    return Arrays.asList(roles).contains(role);
  }

  /** Refuses the call unless the caller has one of the roles. */
  public void require(Role... roles) {
    if (!is(roles)) {
      throw new AccessDenied();
    }
  }

  public boolean inTeam(Long otherTeamId) {
    return teamId != null && teamId.equals(otherTeamId);
  }

  /**
   * Thrown when the caller may not do what they asked. Pages and the API show it as "not allowed".
   */
  public static class AccessDenied extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public AccessDenied() {
      super("access.denied");
    }
  }
}
