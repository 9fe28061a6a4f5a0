package org.casebook.contact;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every front-door and review record keeps as it was when it was recorded: whose record, the
 * team, the worker who recorded it and the person's ward at the time, and when and by whom. The
 * outcomes dashboard counts from these columns, so figures do not move when a person changes team
 * or ward.
 */
@MappedSuperclass
public abstract class Recorded {

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @Column(name = "team_id", nullable = false, updatable = false)
  private long teamId;

  @Column(name = "worker_id", nullable = false, updatable = false)
  private long workerId;

  @Column(length = 100, updatable = false)
  private String ward;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 60)
  private String recordedBy;

  protected Recorded() {}

  protected Recorded(
      long personId, long teamId, long workerId, String ward, String by, Instant at) {
    this.personId = personId;
    this.teamId = teamId;
    this.workerId = workerId;
    this.ward = ward;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public long getPersonId() {
    return personId;
  }

  public long getTeamId() {
    return teamId;
  }

  public long getWorkerId() {
    return workerId;
  }

  public String getWard() {
    return ward;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
