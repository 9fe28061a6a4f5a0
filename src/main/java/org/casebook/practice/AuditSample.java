package org.casebook.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** That a team's sample for a month has been drawn, when, by whom and how many per worker. */
@Entity
@Table(name = "audit_sample")
@IdClass(AuditSample.Key.class)
public class AuditSample {

  /** A team and a month. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public long teamId;
    public LocalDate month;

    public Key() {}

    public Key(long teamId, LocalDate month) {
      this.teamId = teamId;
      this.month = month;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.teamId == teamId && java.util.Objects.equals(k.month, month);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(teamId, month);
    }
  }

  @Id
  @Column(name = "team_id")
  private long teamId;

  @Id
  @Column(name = "record_month")
  private LocalDate month;

  @Column(name = "per_worker", nullable = false, updatable = false)
  private int perWorker;

  @Column(name = "drawn_at", nullable = false, updatable = false)
  private Instant drawnAt;

  @Column(name = "drawn_by", nullable = false, updatable = false, length = 60)
  private String drawnBy;

  protected AuditSample() {}

  AuditSample(long teamId, YearMonth month, int perWorker, String by, Instant at) {
    this.teamId = teamId;
    this.month = month.atDay(1);
    this.perWorker = perWorker;
    this.drawnBy = by;
    this.drawnAt = at;
  }

  public int getPerWorker() {
    return perWorker;
  }

  public Instant getDrawnAt() {
    return drawnAt;
  }

  public String getDrawnBy() {
    return drawnBy;
  }
}
