package org.casebook.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.casebook.security.Caller;
import org.casebook.security.Role;
import org.junit.jupiter.api.Test;

class CultureAccessTest {

  private static final YearMonth NOW = YearMonth.of(2026, 11);
  private static final Caller MANAGER_A = new Caller(10, "m.a", Role.TEAM_MANAGER, 1L);
  private static final Caller WORKER_A = new Caller(11, "w.a", Role.SOCIAL_WORKER, 1L);
  private static final Caller LEADER = new Caller(20, "lead", Role.LEADER, null);
  private static final Caller ADMIN = new Caller(21, "admin", Role.ADMIN, null);
  private static final Caller TRAINER = new Caller(22, "trainer", Role.TRAINER, null);

  private static CultureFilter asked(Long team, Long worker) {
    return new CultureFilter(24, NOW, team, worker);
  }

  @Test
  void aManagerSeesTheirOwnTeamAndIsRefusedAnother() {
    assertEquals(asked(1L, null), CultureAccess.scope(MANAGER_A, asked(null, null)));
    assertEquals(asked(1L, 11L), CultureAccess.scope(MANAGER_A, asked(1L, 11L)));
    assertThrows(Caller.AccessDenied.class, () -> CultureAccess.scope(MANAGER_A, asked(2L, null)));
    assertThrows(Caller.AccessDenied.class, () -> CultureAccess.team(MANAGER_A, 2L));
    assertEquals(1L, CultureAccess.team(MANAGER_A, null));
    assertTrue(CultureAccess.choosesWorker(MANAGER_A));
    assertFalse(CultureAccess.choosesTeam(MANAGER_A));
  }

  @Test
  void aSocialWorkerSeesTheirOwnFiguresOnly() {
    assertEquals(asked(1L, 11L), CultureAccess.scope(WORKER_A, asked(null, null)));
    assertEquals(asked(1L, 11L), CultureAccess.scope(WORKER_A, asked(1L, 11L)));
    assertThrows(Caller.AccessDenied.class, () -> CultureAccess.scope(WORKER_A, asked(1L, 12L)));
    assertThrows(Caller.AccessDenied.class, () -> CultureAccess.scope(WORKER_A, asked(2L, 11L)));
    assertFalse(CultureAccess.choosesWorker(WORKER_A));
  }

  @Test
  void leadersAndAdministratorsSeeEveryTeamAndTheWholeCouncil() {
    for (Caller c : new Caller[] {LEADER, ADMIN}) {
      assertEquals(asked(null, null), CultureAccess.scope(c, asked(null, null)));
      assertEquals(asked(2L, 7L), CultureAccess.scope(c, asked(2L, 7L)));
      assertTrue(CultureAccess.choosesTeam(c));
    }
  }

  @Test
  void trainersAndStaffWithoutATeamSeeNothing() {
    Caller noTeam = new Caller(30, "m.none", Role.TEAM_MANAGER, null);
    for (Caller c : new Caller[] {TRAINER, noTeam, null}) {
      assertFalse(CultureAccess.seesDashboard(c));
      assertThrows(Caller.AccessDenied.class, () -> CultureAccess.scope(c, asked(null, null)));
    }
  }
}
