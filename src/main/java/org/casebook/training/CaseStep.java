package org.casebook.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in a training case's trail, as it happened; never changed, kept after withdrawal. */
@Entity
@Table(name = "training_case_step")
public class CaseStep {

  /** What happened. */
  public enum Kind {
    REQUESTED,
    SAVED,
    SUBMITTED,
    SENT_BACK,
    APPROVED,
    WITHDRAWN,
    DISCARDED;

    public String getMessageKey() {
      return "training.step." + name();
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private long caseId;

  @Enumerated(EnumType.STRING)
  @Column(name = "step", nullable = false, updatable = false, length = 20)
  private Kind kind;

  @Column(name = "made_by", nullable = false, updatable = false, length = 60)
  private String madeBy;

  @Column(name = "made_at", nullable = false, updatable = false)
  private Instant madeAt;

  @Lob
  @Column(name = "note", updatable = false)
  private String note;

  protected CaseStep() {}

  CaseStep(long caseId, Kind kind, String madeBy, Instant madeAt, String note) {
    this.caseId = caseId;
    this.kind = kind;
    this.madeBy = madeBy;
    this.madeAt = madeAt;
    this.note = note;
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

  public String getNote() {
    return note;
  }
}
