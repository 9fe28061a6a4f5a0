package org.casebook.security;

import java.time.Duration;

/**
 * How many wrong passwords in a row lock an account, and for how long.
 *
 * @param maxFailures failures in a row that lock the account
 * @param lockFor how long the lock lasts before the next attempt is allowed
 */
public record SignInPolicy(int maxFailures, Duration lockFor) {

  public SignInPolicy {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("maxFailures must be at least 1");
    }
    if (lockFor.isNegative() || lockFor.isZero()) {
      throw new IllegalArgumentException("lockFor must be positive");
    }
  }
}
