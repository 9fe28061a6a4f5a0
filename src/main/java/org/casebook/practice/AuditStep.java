package org.casebook.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in an audit's history, as it happened; never changed. */
@Entity
@Table(name = "practice_audit_step")
public class AuditStep {

  /** What happened. */
  public enum Kind {
    DRAWN,
    ADDED,
    SAVED,
    FEEDBACK_SENT,
    RESPONDED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "audit_id", nullable = false, updatable = false)
  private long auditId;

  @Enumerated(EnumType.STRING)
  @Column(name = "step", nullable = false, updatable = false, length = 20)
  private Kind kind;

  @Column(name = "made_by", nullable = false, updatable = false, length = 60)
  private String madeBy;

  @Column(name = "made_at", nullable = false, updatable = false)
  private Instant madeAt;

  protected AuditStep() {}

  AuditStep(long auditId, Kind kind, String madeBy, Instant madeAt) {
    this.auditId = auditId;
    this.kind = kind;
    this.madeBy = madeBy;
    this.madeAt = madeAt;
  }

  public Kind getKind() {
    return kind;
  }

  public String getMadeBy() {
    return madeBy;
  }

  public Instant getMadeAt() {
    return madeAt;
  }
}
