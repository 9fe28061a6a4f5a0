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

/**
 * An exercise set in a programme: the words to work on are copied in when it is set, so the
 * exercise stays the same whatever happens to where they came from (an exercise from a library case
 * that is withdrawn is hidden instead).
 */
@Entity
@Table(name = "training_exercise")
public class Exercise {

  public static final int TITLE_MAX = 200;
  public static final int INSTRUCTIONS_MAX = 5_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "programme_id", nullable = false, updatable = false)
  private long programmeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private ExerciseKind kind;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Lob @Column private String instructions;

  @Column(name = "case_id", updatable = false)
  private Long caseId;

  @Lob
  @Column(name = "source_text", nullable = false, updatable = false)
  private String sourceText;

  @Column(name = "created_by", nullable = false, updatable = false)
  private long createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private int version;

  protected Exercise() {}

  Exercise(
      long programmeId,
      ExerciseKind kind,
      String title,
      String instructions,
      Long caseId,
      String sourceText,
      long by,
      Instant at) {
    this.programmeId = programmeId;
    this.kind = kind;
    this.title = title;
    this.instructions = instructions;
    this.caseId = caseId;
    this.sourceText = sourceText;
    this.createdBy = by;
    this.createdAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getProgrammeId() {
    return programmeId;
  }

  public ExerciseKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public String getInstructions() {
    return instructions;
  }

  public Long getCaseId() {
    return caseId;
  }

  public String getSourceText() {
    return sourceText;
  }

  public long getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public int getVersion() {
    return version;
  }
}
