package org.casebook.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInPolicyTest {

  @Test
  void keepsItsLimits() {
    SignInPolicy policy = new SignInPolicy(5, Duration.ofMinutes(15));
    assertEquals(5, policy.maxFailures());
    assertEquals(Duration.ofMinutes(15), policy.lockFor());
  }

  @Test
  void needsAtLeastOneFailure() {
    assertThrows(IllegalArgumentException.class, () -> new SignInPolicy(0, Duration.ofMinutes(15)));
    assertThrows(
        IllegalArgumentException.class, () -> new SignInPolicy(-1, Duration.ofMinutes(15)));
  }

  @Test
  void needsAPositiveLock() {
    assertThrows(IllegalArgumentException.class, () -> new SignInPolicy(5, Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> new SignInPolicy(5, Duration.ofMinutes(-1)));
  }
}
