package org.casebook.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casebook.security.Caller;
import org.casebook.security.Role;
import org.junit.jupiter.api.Test;

class OutcomeFilterTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private static FilterInput.Read read(Map<String, String> params) {
    return FilterInput.of(params::get).read(TODAY);
  }

  @Test
  void withNothingChosenItIsTheLast12MonthsEverywhere() {
    FilterInput.Read read = read(Map.of());
    assertTrue(read.ok());
    OutcomeFilter f = read.filter();
    assertEquals(PeriodChoice.LAST_12_MONTHS, f.choice());
    assertEquals(new Period(LocalDate.of(2025, 11, 24), TODAY), f.period());
    assertNull(f.teamId());
    assertNull(f.workerId());
    assertNull(f.ward());
    assertEquals(Breakdown.Kind.TEAM, f.breakdownKind());
  }

  @Test
  void datesAreTypedAsPeopleWriteThem() {
    FilterInput.Read read =
        read(
            Map.of(
                "period", "dates", "from", "1 4 2026", "to", "30/6/2026", "ward", "  Riverside "));
    assertTrue(read.ok(), read.problems().toString());
    assertEquals(
        new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)), read.filter().period());
    assertEquals("Riverside", read.filter().ward());
    // Dates typed while a preset is chosen are kept on the page but not used.
    FilterInput.Read preset =
        read(Map.of("period", "lastQuarter", "from", "nonsense", "to", "1 1 2020"));
    assertTrue(preset.ok());
    assertEquals(PeriodChoice.LAST_QUARTER.on(TODAY), preset.filter().period());
  }

  @Test
  void badInputIsRefusedFieldByFieldInTheFormsOrder() {
    FilterInput.Read read =
        read(Map.of("period", "dates", "from", "31 2 2026", "to", "", "team", "x", "worker", "-3"));
    assertFalse(read.ok());
    assertNull(read.filter());
    assertEquals(List.of("from", "to", "team", "worker"), List.copyOf(read.problems().keySet()));
    assertEquals("outcomes.date.invalid", read.problems().get("from").messageKey());
    assertEquals("outcomes.to.required", read.problems().get("to").messageKey());
    assertEquals("outcomes.team.invalid", read.problems().get("team").messageKey());
    assertEquals("outcomes.worker.invalid", read.problems().get("worker").messageKey());

    assertEquals(
        "outcomes.to.beforeFrom",
        read(Map.of("period", "dates", "from", "2 4 2026", "to", "1 4 2026"))
            .problems()
            .get("to")
            .messageKey());
    assertEquals(
        "outcomes.from.required",
        read(Map.of("period", "dates", "to", "1 4 2026")).problems().get("from").messageKey());
    assertEquals(
        "outcomes.period.invalid",
        read(Map.of("period", "forever")).problems().get("period").messageKey());
    assertEquals(
        "field.tooLong", read(Map.of("ward", "w".repeat(101))).problems().get("ward").messageKey());
  }

  @Test
  void theDownloadsGetTheSameFilterAsTheirAddress() {
    FilterInput in =
        FilterInput.of(
            Map.of(
                    "period", "dates",
                    "from", "1 4 2026",
                    "to", "30 6 2026",
                    "ward", "St Mary's & Abbey",
                    "team", "7")
                ::get);
    assertEquals(
        "period=dates&from=1+4+2026&to=30+6+2026&ward=St+Mary%27s+%26+Abbey&team=7", in.query());
    FilterInput back =
        FilterInput.of(
            name -> {
              for (String pair : in.query().split("&")) {
                String[] kv = pair.split("=");
                if (kv[0].equals(name)) {
                  return java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8);
                }
              }
              return null;
            });
    assertEquals(in.read(TODAY), back.read(TODAY));
    // Typed dates are left out when a preset is chosen: they do not count.
    assertEquals(
        "period=thisYear",
        FilterInput.of(Map.of("period", "thisYear", "from", "1 4 2026")::get).query());
  }

  private static Caller caller(Role role, Long team) {
    return new Caller(1, "someone", role, team);
  }

  private static OutcomeFilter asking(Long team, Long worker) {
    return new OutcomeFilter(
        PeriodChoice.LAST_12_MONTHS, PeriodChoice.LAST_12_MONTHS.on(TODAY), team, worker, null);
  }

  @Test
  void aTeamManagerSeesTheirOwnTeamWhateverTheyAskFor() {
    Caller manager = caller(Role.TEAM_MANAGER, 10L);
    assertEquals(10L, OutcomeAccess.scope(manager, asking(null, null)).teamId());
    assertEquals(10L, OutcomeAccess.scope(manager, asking(20L, null)).teamId(), "not team 20");
    assertEquals(
        Breakdown.Kind.WORKER, OutcomeAccess.scope(manager, asking(20L, null)).breakdownKind());
    assertEquals(5L, OutcomeAccess.scope(manager, asking(null, 5L)).workerId());
    assertFalse(OutcomeAccess.choosesTeam(manager));
    assertThrows(
        Caller.AccessDenied.class,
        () -> OutcomeAccess.scope(caller(Role.TEAM_MANAGER, null), asking(null, null)),
        "a manager without a team sees nothing");
  }

  @Test
  void leadersAndAdministratorsSeeEveryTeamAndChooseWorkersWithinOne() {
    for (Role role : List.of(Role.LEADER, Role.ADMIN)) {
      Caller c = caller(role, null);
      assertNull(OutcomeAccess.scope(c, asking(null, null)).teamId(), "the whole council");
      assertEquals(20L, OutcomeAccess.scope(c, asking(20L, null)).teamId());
      assertNull(OutcomeAccess.scope(c, asking(null, 5L)).workerId(), "no worker without a team");
      assertEquals(5L, OutcomeAccess.scope(c, asking(20L, 5L)).workerId());
      assertEquals(Breakdown.Kind.NONE, OutcomeAccess.scope(c, asking(20L, 5L)).breakdownKind());
      assertTrue(OutcomeAccess.choosesTeam(c));
    }
  }

  @Test
  void nobodyElseSeesTheDashboard() {
    for (Role role : List.of(Role.SOCIAL_WORKER, Role.TRAINER)) {
      assertFalse(OutcomeAccess.seesDashboard(caller(role, 10L)));
      assertThrows(
          Caller.AccessDenied.class,
          () -> OutcomeAccess.scope(caller(role, 10L), asking(10L, null)));
    }
    assertThrows(Caller.AccessDenied.class, () -> OutcomeAccess.scope(null, asking(null, null)));
  }
}
