package org.casebook.security;

/** What happened when someone tried to sign in; the sign-in page turns it into words. */
public enum SignInOutcome {
  SIGNED_IN,
  /** Unknown username or wrong password: deliberately the same, so usernames cannot be guessed. */
  NOT_RECOGNISED,
  LOCKED,
  DEACTIVATED
}
