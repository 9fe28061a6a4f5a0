package org.casebook.outcome;

import java.util.Objects;

/**
 * What the dashboard counts: a period (both ends included), and optionally one team, one worker
 * (who recorded the contact, resolution or review) and one ward (as it was kept on the row).
 *
 * @param choice how the period was chosen
 * @param period the days counted
 * @param teamId the team, or null for every team
 * @param workerId the worker, or null for every worker
 * @param ward the ward, or null for every ward
 */
public record OutcomeFilter(
    PeriodChoice choice, Period period, Long teamId, Long workerId, String ward) {

  public OutcomeFilter {
    Objects.requireNonNull(choice);
    Objects.requireNonNull(period);
  }

  public OutcomeFilter withTeam(Long team) {
    return new OutcomeFilter(choice, period, team, workerId, ward);
  }

  public OutcomeFilter withWorker(Long worker) {
    return new OutcomeFilter(choice, period, teamId, worker, ward);
  }

  /** What the figures are broken down by: each team, each worker of one team, or nothing more. */
  public Breakdown.Kind breakdownKind() {
    if (teamId == null) {
      return Breakdown.Kind.TEAM;
    }
    return workerId == null ? Breakdown.Kind.WORKER : Breakdown.Kind.NONE;
  }
}
