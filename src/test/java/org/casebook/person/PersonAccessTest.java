package org.casebook.person;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.casebook.security.Caller;
import org.casebook.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PersonAccessTest {

  private static final long TEAM = 7L;
  private static final long OTHER_TEAM = 8L;

  private static Caller socialWorker(long id, Long teamId) {
    return new Caller(id, "worker" + id, Role.SOCIAL_WORKER, teamId);
  }

  private static Caller manager(long id, Long teamId) {
    return new Caller(id, "manager" + id, Role.TEAM_MANAGER, teamId);
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"SOCIAL_WORKER", "TEAM_MANAGER"})
  void workersAndManagersOpenTheirOwnTeamsUnrestrictedRecords(Role role) {
    Caller caller = new Caller(1L, "someone", role, TEAM);
    assertTrue(PersonAccess.canOpen(caller, TEAM, false, null, Set.of()));
    assertTrue(PersonAccess.canOpen(caller, TEAM, false, 99L, Set.of(98L)));
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"SOCIAL_WORKER", "TEAM_MANAGER"})
  void nobodyOpensAnotherTeamsRecords(Role role) {
    Caller caller = new Caller(1L, "someone", role, TEAM);
    assertFalse(PersonAccess.canOpen(caller, OTHER_TEAM, false, null, Set.of()));
    // Not even when they are named as lead or named worker on it.
    assertFalse(PersonAccess.canOpen(caller, OTHER_TEAM, false, 1L, Set.of(1L)));
    assertFalse(PersonAccess.canOpen(caller, OTHER_TEAM, true, 1L, Set.of(1L)));
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"TRAINER", "ADMIN"})
  void trainersAndAdministratorsNeverOpenARecord(Role role) {
    Caller withoutTeam = new Caller(1L, "someone", role, null);
    assertFalse(PersonAccess.canOpen(withoutTeam, TEAM, false, null, Set.of()));
    assertFalse(PersonAccess.canOpen(withoutTeam, TEAM, true, 1L, Set.of(1L)));
    // Even a caller wrongly given a team id does not get in.
    Caller withTeam = new Caller(1L, "someone", role, TEAM);
    assertFalse(PersonAccess.canOpen(withTeam, TEAM, false, null, Set.of()));
    assertFalse(PersonAccess.canOpen(withTeam, TEAM, false, 1L, Set.of(1L)));
  }

  @Test
  void aWorkerWithNoTeamOpensNothing() {
    assertFalse(PersonAccess.canOpen(socialWorker(1L, null), TEAM, false, 1L, Set.of(1L)));
  }

  @Test
  void aRestrictedRecordOpensForItsLeadWorker() {
    assertTrue(PersonAccess.canOpen(socialWorker(5L, TEAM), TEAM, true, 5L, Set.of()));
  }

  @Test
  void aRestrictedRecordOpensForANamedWorker() {
    assertTrue(PersonAccess.canOpen(socialWorker(5L, TEAM), TEAM, true, 6L, Set.of(4L, 5L)));
    assertTrue(PersonAccess.canOpen(socialWorker(5L, TEAM), TEAM, true, null, Set.of(5L)));
  }

  @Test
  void aRestrictedRecordIsClosedToOtherWorkersInTheTeam() {
    assertFalse(PersonAccess.canOpen(socialWorker(5L, TEAM), TEAM, true, 6L, Set.of(4L, 7L)));
    assertFalse(PersonAccess.canOpen(socialWorker(5L, TEAM), TEAM, true, null, Set.of()));
  }

  @Test
  void aRestrictedRecordOpensForTheTeamsManagersOnly() {
    assertTrue(PersonAccess.canOpen(manager(9L, TEAM), TEAM, true, 6L, Set.of(4L)));
    assertTrue(PersonAccess.canOpen(manager(9L, TEAM), TEAM, true, null, Set.of()));
    assertFalse(PersonAccess.canOpen(manager(9L, OTHER_TEAM), TEAM, true, null, Set.of()));
  }

  @Test
  void leadWorkerIdsAreComparedByValueNotByBoxedIdentity() {
    // Ids above the Long cache (-128..127) must still match.
    long id = 100_000L;
    assertTrue(
        PersonAccess.canOpen(
            socialWorker(id, 100_001L), 100_001L, true, Long.valueOf(100_000L), Set.of()));
    assertTrue(
        PersonAccess.canOpen(
            socialWorker(id, 100_001L), 100_001L, true, null, Set.of(Long.valueOf(100_000L))));
  }
}
