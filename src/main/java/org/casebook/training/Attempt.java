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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.FieldsRefused;
import org.casebook.platform.RuleViolation;

/**
 * One person's work on one exercise: a rewrite, or a MITI coding kept as JSON. Saved as often as
 * they like; once handed in it is kept as it was.
 */
@Entity
@Table(name = "training_attempt")
public class Attempt {

  public static final int ANSWER_MAX = 100_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "exercise_id", nullable = false, updatable = false)
  private long exerciseId;

  @Column(name = "account_id", nullable = false, updatable = false)
  private long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private AttemptStatus status;

  @Lob @Column private String answer;

  @Column(name = "findings_before")
  private Integer findingsBefore;

  @Column(name = "findings_after")
  private Integer findingsAfter;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  @Column(name = "handed_in_at")
  private Instant handedInAt;

  @Version private int version;

  protected Attempt() {}

  Attempt(long exerciseId, long accountId, Instant at) {
    this.exerciseId = exerciseId;
    this.accountId = accountId;
    this.status = AttemptStatus.STARTED;
    this.savedAt = at;
  }

  /** Keeps the answer so far; refused once handed in. */
  void keep(String typed, Integer before, Integer after, Instant at) {
    if (status == AttemptStatus.HANDED_IN) {
      throw new RuleViolation("training.attempt.handedIn");
    }
    if (typed != null && typed.length() > ANSWER_MAX) {
      throw new FieldsRefused(Map.of("answer", new FieldProblem("field.tooLong", ANSWER_MAX)));
    }
    this.answer = typed;
    this.findingsBefore = before;
    this.findingsAfter = after;
    this.savedAt = at;
  }

  void handIn(Instant at) {
    if (status == AttemptStatus.HANDED_IN) {
      throw new RuleViolation("training.attempt.handedIn");
    }
    this.status = AttemptStatus.HANDED_IN;
    this.handedInAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getExerciseId() {
    return exerciseId;
  }

  public long getAccountId() {
    return accountId;
  }

  public AttemptStatus getStatus() {
    return status;
  }

  public boolean isHandedIn() {
    return status == AttemptStatus.HANDED_IN;
  }

  public String getAnswer() {
    return answer;
  }

  public Integer getFindingsBefore() {
    return findingsBefore;
  }

  public Integer getFindingsAfter() {
    return findingsAfter;
  }

  public Instant getSavedAt() {
    return savedAt;
  }

  public Instant getHandedInAt() {
    return handedInAt;
  }

  public int getVersion() {
    return version;
  }
}
