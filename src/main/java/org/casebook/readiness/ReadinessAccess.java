package org.casebook.readiness;

import org.casebook.security.Caller;
import org.casebook.security.Role;

/**
 * Who may do what with the self-assessment. Leaders answer it and sign it off. Team managers and
 * administrators read it, drafts included (it is about the council, never about a person). Social
 * workers and trainers have no part in it.
 */
public final class ReadinessAccess {

  private ReadinessAccess() {}

  public static boolean reads(Caller caller) {
    return caller != null && caller.is(Role.LEADER, Role.TEAM_MANAGER, Role.ADMIN);
  }

  public static boolean edits(Caller caller) {
    return caller != null && caller.is(Role.LEADER);
  }

  static void requireRead(Caller caller) {
    if (!reads(caller)) {
      throw new Caller.AccessDenied();
    }
  }

  static void requireEdit(Caller caller) {
    if (!edits(caller)) {
      throw new Caller.AccessDenied();
    }
  }
}
