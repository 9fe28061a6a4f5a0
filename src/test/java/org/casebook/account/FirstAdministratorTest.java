package org.casebook.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.platform.RuleViolation;
import org.junit.jupiter.api.Test;

class FirstAdministratorTest {

  /** Records what would be made instead of writing to a database. */
  static final class FakeAccounts extends Accounts {
    long administrators;
    final List<String> made = new ArrayList<>();

    @Override
    public long administratorCount() {
      return administrators;
    }

    @Override
    public Account createFirstAdministrator(String username, String temporaryPassword) {
      if (!username.matches("[a-z0-9][a-z0-9._-]{2,59}")) {
        throw new RuleViolation("account.username.invalid");
      }
      made.add(username + "/" + temporaryPassword);
      return null;
    }
  }

  private static FakeAccounts run(long administrators, String username, String password) {
    FakeAccounts accounts = new FakeAccounts();
    accounts.administrators = administrators;
    FirstAdministrator first = new FirstAdministrator();
    first.accounts = accounts;
    first.username = Optional.ofNullable(username);
    first.password = Optional.ofNullable(password);
    first.create();
    return accounts;
  }

  @Test
  void anEmptyInstallationGetsItsFirstAdministratorFromTheSettings() {
    assertEquals(
        List.of("dana.price/long-temporary-phrase"),
        run(0, " dana.price ", "long-temporary-phrase").made);
  }

  @Test
  void nothingIsMadeWithoutTheSettingOrOnceThereIsAnAdministrator() {
    assertTrue(run(0, null, "long-temporary-phrase").made.isEmpty());
    assertTrue(run(0, "  ", "long-temporary-phrase").made.isEmpty());
    assertTrue(run(1, "dana.price", "long-temporary-phrase").made.isEmpty());
  }

  @Test
  void aWeakPasswordOrABadUsernameMakesNothingAndDoesNotStopStartUp() {
    assertTrue(run(0, "dana.price", null).made.isEmpty());
    assertTrue(run(0, "dana.price", "short").made.isEmpty());
    assertTrue(run(0, "dana.price", "dana.price-is-me").made.isEmpty());
    assertTrue(run(0, "Not a username!", "long-temporary-phrase").made.isEmpty());
  }
}
