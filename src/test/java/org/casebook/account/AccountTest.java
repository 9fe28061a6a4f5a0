package org.casebook.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.casebook.platform.RuleViolation;
import org.casebook.security.Role;
import org.casebook.security.SignInPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountTest {

  private static final Instant CREATED = Instant.parse("2025-01-06T09:00:00Z");
  private static final SignInPolicy POLICY = new SignInPolicy(5, Duration.ofMinutes(15));

  private static Team team() {
    return new Team("North locality", CREATED);
  }

  private static Account worker() {
    return new Account("asha.patel", "Asha Patel", Role.SOCIAL_WORKER, team(), "hash-1", CREATED);
  }

  private static void assertViolation(String key, Runnable action) {
    RuleViolation violation = assertThrows(RuleViolation.class, action::run);
    assertEquals(key, violation.messageKey());
  }

  /** Fails a sign-in {@code times} times, a second apart from {@code start}; returns the last. */
  private static Instant fail(Account account, Instant start, int times) {
    Instant at = start;
    for (int i = 0; i < times; i++) {
      at = start.plusSeconds(i);
      account.recordFailedSignIn(at, POLICY);
    }
    return at;
  }

  // --- creating ---------------------------------------------------------------------------

  @Test
  void aNewAccountKeepsWhatItWasGiven() {
    Team team = team();
    Account account =
        new Account("asha.patel", "Asha Patel", Role.SOCIAL_WORKER, team, "hash-1", CREATED);
    assertEquals("asha.patel", account.getUsername());
    assertEquals("Asha Patel", account.getDisplayName());
    assertEquals(Role.SOCIAL_WORKER, account.getRole());
    assertSame(team, account.getTeam());
    assertEquals(Optional.of(team), account.team());
    assertEquals("hash-1", account.getPasswordHash());
    assertEquals(CREATED, account.getCreatedAt());
    assertTrue(account.isActive());
    assertEquals(0, account.getFailedSignIns());
    assertNull(account.getLastSignedInAt());
    assertFalse(account.isLockedAt(CREATED));
  }

  @Test
  void aNewAccountMustChangeItsFirstPassword() {
    assertTrue(worker().isMustChangePassword());
  }

  @Test
  void usernamesAreTrimmedAndLowerCased() {
    Account account =
        new Account("  Asha.Patel ", "Asha Patel", Role.ADMIN, null, "hash-1", CREATED);
    assertEquals("asha.patel", account.getUsername());
    assertEquals("asha.patel", Account.normaliseUsername(" ASHA.PATEL "));
    assertEquals("", Account.normaliseUsername(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "a-b", "a.b", "a_b", "9lives", "asha.patel-2", "ABC"})
  void acceptsUsernamesOfLettersNumbersDotsAndHyphens(String username) {
    Account account = new Account(username, "Someone", Role.TRAINER, null, "hash", CREATED);
    assertEquals(username.toLowerCase(), account.getUsername());
  }

  @Test
  void acceptsUsernamesUpToSixtyCharacters() {
    String sixty = "a".repeat(60);
    assertEquals(
        sixty, new Account(sixty, "Someone", Role.TRAINER, null, "hash", CREATED).getUsername());
    assertViolation(
        "account.username.invalid",
        () -> new Account("a".repeat(61), "Someone", Role.TRAINER, null, "hash", CREATED));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "  ",
        "ab",
        ".abc",
        "-abc",
        "_abc",
        "asha patel",
        "asha@example.org",
        "asha/patel",
        "åsa"
      })
  void refusesOtherUsernames(String username) {
    assertViolation(
        "account.username.invalid",
        () -> new Account(username, "Someone", Role.TRAINER, null, "hash", CREATED));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void aDisplayNameIsRequired(String displayName) {
    assertViolation(
        "account.displayName.required",
        () -> new Account("asha", displayName, Role.ADMIN, null, "hash", CREATED));
  }

  @Test
  void aDisplayNameIsTrimmedAndLimited() {
    assertEquals(
        "Asha Patel",
        new Account("asha", "  Asha Patel ", Role.ADMIN, null, "hash", CREATED).getDisplayName());
    String longest = "x".repeat(Account.DISPLAY_NAME_MAX);
    assertEquals(
        longest, new Account("asha", longest, Role.ADMIN, null, "hash", CREATED).getDisplayName());
    RuleViolation tooLong =
        assertThrows(
            RuleViolation.class,
            () -> new Account("asha", longest + "x", Role.ADMIN, null, "hash", CREATED));
    assertEquals("field.tooLong", tooLong.messageKey());
    assertArrayEquals(new Object[] {120}, tooLong.arguments());
  }

  @Test
  void aRoleIsRequired() {
    assertViolation(
        "account.role.required", () -> new Account("asha", "Asha", null, team(), "hash", CREATED));
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"SOCIAL_WORKER", "TEAM_MANAGER"})
  void socialWorkersAndTeamManagersNeedATeam(Role role) {
    assertViolation(
        "account.team.required", () -> new Account("asha", "Asha", role, null, "hash", CREATED));
    Team team = team();
    assertEquals(
        Optional.of(team), new Account("asha", "Asha", role, team, "hash", CREATED).team());
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"TRAINER", "ADMIN"})
  void trainersAndAdministratorsGetNoTeam(Role role) {
    Account withTeamGiven = new Account("asha", "Asha", role, team(), "hash", CREATED);
    assertEquals(Optional.empty(), withTeamGiven.team());
    assertNull(withTeamGiven.getTeam());
    assertEquals(Optional.empty(), new Account("asha", "Asha", role, null, "hash", CREATED).team());
  }

  @Test
  void movingAWorkerToTrainerTakesThemOutOfTheirTeam() {
    Account account = worker();
    account.assign(Role.TRAINER, account.getTeam());
    assertEquals(Role.TRAINER, account.getRole());
    assertEquals(Optional.empty(), account.team());
  }

  @Test
  void makingAnAdministratorATeamManagerNeedsATeam() {
    Account account = new Account("asha", "Asha", Role.ADMIN, null, "hash", CREATED);
    assertViolation("account.team.required", () -> account.assign(Role.TEAM_MANAGER, null));
    assertEquals(Role.ADMIN, account.getRole());
  }

  @Test
  void aPasswordHashAndCreationTimeAreRequired() {
    assertThrows(
        NullPointerException.class,
        () -> new Account("asha", "Asha", Role.ADMIN, null, null, CREATED));
    assertThrows(
        NullPointerException.class,
        () -> new Account("asha", "Asha", Role.ADMIN, null, "hash", null));
  }

  // --- locking out ------------------------------------------------------------------------

  @Test
  void fourWrongPasswordsDoNotLockTheAccount() {
    Account account = worker();
    Instant start = Instant.parse("2025-03-03T10:00:00Z");
    Instant last = fail(account, start, 4);
    assertEquals(4, account.getFailedSignIns());
    assertFalse(account.isLockedAt(last));
    assertNull(account.getLockedUntil());
  }

  @Test
  void theFifthWrongPasswordLocksTheAccountForFifteenMinutes() {
    Account account = worker();
    Instant start = Instant.parse("2025-03-03T10:00:00Z");
    Instant fifth = fail(account, start, 5);
    Instant until = fifth.plus(Duration.ofMinutes(15));
    assertEquals(until, account.getLockedUntil());
    assertTrue(account.isLockedAt(fifth));
    assertTrue(account.isLockedAt(until.minusMillis(1)));
    assertFalse(account.isLockedAt(until));
    assertFalse(account.isLockedAt(until.plusSeconds(60)));
  }

  @Test
  void theLockCountsFromTheFifthFailureNotTheFirst() {
    Account account = worker();
    Instant start = Instant.parse("2025-03-03T10:00:00Z");
    fail(account, start, 4);
    Instant fifth = start.plus(Duration.ofMinutes(10));
    account.recordFailedSignIn(fifth, POLICY);
    assertEquals(fifth.plus(Duration.ofMinutes(15)), account.getLockedUntil());
    assertTrue(account.isLockedAt(start.plus(Duration.ofMinutes(20))));
  }

  @Test
  void aLockThatHasRunOutStartsTheCountAgain() {
    Account account = worker();
    Instant start = Instant.parse("2025-03-03T10:00:00Z");
    Instant fifth = fail(account, start, 5);
    Instant later = fifth.plus(Duration.ofMinutes(15));

    account.recordFailedSignIn(later, POLICY);
    assertEquals(1, account.getFailedSignIns());
    assertFalse(account.isLockedAt(later));
    assertNull(account.getLockedUntil());

    Instant ninth = fail(account, later.plusSeconds(1), 3);
    assertFalse(account.isLockedAt(ninth));
    Instant tenth = ninth.plusSeconds(1);
    account.recordFailedSignIn(tenth, POLICY);
    assertTrue(account.isLockedAt(tenth));
    assertEquals(tenth.plus(Duration.ofMinutes(15)), account.getLockedUntil());
  }

  @Test
  void signingInResetsTheCount() {
    Account account = worker();
    Instant start = Instant.parse("2025-03-03T10:00:00Z");
    Instant fourth = fail(account, start, 4);
    Instant signedIn = fourth.plusSeconds(5);
    account.recordSignIn(signedIn);
    assertEquals(0, account.getFailedSignIns());
    assertEquals(signedIn, account.getLastSignedInAt());

    Instant again = fail(account, signedIn.plusSeconds(5), 4);
    assertFalse(account.isLockedAt(again));
    assertEquals(4, account.getFailedSignIns());
  }

  @Test
  void aPolicyOfOneFailureLocksAtOnce() {
    Account account = worker();
    Instant now = Instant.parse("2025-03-03T10:00:00Z");
    account.recordFailedSignIn(now, new SignInPolicy(1, Duration.ofMinutes(1)));
    assertTrue(account.isLockedAt(now));
    assertFalse(account.isLockedAt(now.plus(Duration.ofMinutes(1))));
  }

  @Test
  void unlockingLetsThemTryAgainAtOnce() {
    Account account = worker();
    Instant fifth = fail(account, Instant.parse("2025-03-03T10:00:00Z"), 5);
    account.unlock();
    assertFalse(account.isLockedAt(fifth));
    assertEquals(0, account.getFailedSignIns());
  }

  // --- passwords --------------------------------------------------------------------------

  @Test
  void anAdministratorsResetUnlocksAndMustBeChangedAtNextSignIn() {
    Account account = worker();
    account.changePassword("hash-2");
    Instant fifth = fail(account, Instant.parse("2025-03-03T10:00:00Z"), 5);
    assertTrue(account.isLockedAt(fifth));

    account.resetPassword("temporary-hash");

    assertEquals("temporary-hash", account.getPasswordHash());
    assertTrue(account.isMustChangePassword());
    assertFalse(account.isLockedAt(fifth));
    assertEquals(0, account.getFailedSignIns());
  }

  @Test
  void choosingTheirOwnPasswordClearsTheNeedToChangeIt() {
    Account account = worker();
    account.resetPassword("temporary-hash");
    account.changePassword("chosen-hash");
    assertEquals("chosen-hash", account.getPasswordHash());
    assertFalse(account.isMustChangePassword());
  }

  @Test
  void aPasswordHashCannotBeTakenAway() {
    Account account = worker();
    assertThrows(NullPointerException.class, () -> account.resetPassword(null));
    assertThrows(NullPointerException.class, () -> account.changePassword(null));
    assertEquals("hash-1", account.getPasswordHash());
  }

  @Test
  void deactivatingAndReactivating() {
    Account account = worker();
    account.deactivate();
    assertFalse(account.isActive());
    account.reactivate();
    assertTrue(account.isActive());
  }
}
