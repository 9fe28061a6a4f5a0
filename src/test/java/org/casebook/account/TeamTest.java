package org.casebook.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.casebook.platform.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TeamTest {

  private static final Instant CREATED = Instant.parse("2025-01-06T09:00:00Z");

  @Test
  void aTeamHasATrimmedNameAndStartsActive() {
    Team team = new Team("  North locality ", CREATED);
    assertEquals("North locality", team.getName());
    assertTrue(team.isActive());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void aTeamNeedsAName(String name) {
    RuleViolation violation = assertThrows(RuleViolation.class, () -> new Team(name, CREATED));
    assertEquals("team.name.required", violation.messageKey());
  }

  @Test
  void aTeamNameIsLimited() {
    String longest = "t".repeat(Team.NAME_MAX);
    assertEquals(longest, new Team(longest, CREATED).getName());
    RuleViolation violation =
        assertThrows(RuleViolation.class, () -> new Team(longest + "t", CREATED));
    assertEquals("field.tooLong", violation.messageKey());
    assertArrayEquals(new Object[] {100}, violation.arguments());
  }

  @Test
  void renamingKeepsTheOldNameWhenTheNewOneIsRefused() {
    Team team = new Team("North locality", CREATED);
    team.rename(" Front door ");
    assertEquals("Front door", team.getName());
    assertThrows(RuleViolation.class, () -> team.rename(" "));
    assertEquals("Front door", team.getName());
  }

  @Test
  void deactivatingAndReactivating() {
    Team team = new Team("North locality", CREATED);
    team.deactivate();
    assertFalse(team.isActive());
    team.reactivate();
    assertTrue(team.isActive());
  }
}
