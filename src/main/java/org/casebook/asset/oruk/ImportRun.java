package org.casebook.asset.oruk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One Open Referral UK import: who started it, with which file, how far it has got and what came of
 * it. The import runs in the background and writes its progress here after every batch, so anyone
 * can leave the page and come back, on any server.
 */
@Entity
@Table(name = "import_run")
public class ImportRun {

  /** Where an import has got to. */
  public enum Status {
    RUNNING,
    FINISHED,
    FAILED
  }

  /** What happened to one service. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    RETIRED,
    REJECTED,
    SKIPPED
  }

  /** A running import that has written nothing for this long has stopped (the server restarted). */
  static final Duration STALLED_AFTER = Duration.ofMinutes(15);

  public static final int FILE_NAME_MAX = 255;
  public static final int FAILURE_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX)
  private String fileName;

  @Column(name = "started_by", nullable = false, length = 60)
  private String startedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  private int total;
  private int processed;
  private int created;
  private int updated;
  private int unchanged;
  private int retired;
  private int rejected;
  private int skipped;

  @Column(length = FAILURE_MAX)
  private String failure;

  protected ImportRun() {}

  public ImportRun(String fileName, int total, String by, Instant now) {
    this.fileName = cut(fileName == null || fileName.isBlank() ? "-" : fileName, FILE_NAME_MAX);
    this.total = total;
    this.startedBy = by;
    this.startedAt = now;
    this.updatedAt = now;
    this.status = Status.RUNNING;
  }

  void count(Outcome outcome) {
    processed++;
    switch (outcome) {
      case CREATED -> created++;
      case UPDATED -> updated++;
      case UNCHANGED -> unchanged++;
      case RETIRED -> retired++;
      case REJECTED -> rejected++;
      case SKIPPED -> skipped++;
    }
  }

  void touch(Instant now) {
    this.updatedAt = now;
  }

  void finish(Instant now) {
    this.status = Status.FINISHED;
    this.finishedAt = now;
    this.updatedAt = now;
  }

  void fail(String reason, Instant now) {
    this.status = Status.FAILED;
    this.failure = cut(reason, FAILURE_MAX);
    this.finishedAt = now;
    this.updatedAt = now;
  }

  /** Still marked as running, but nothing written for a long while: the server stopped it. */
  public boolean isStalled(Instant now) {
    return status == Status.RUNNING && updatedAt.plus(STALLED_AFTER).isBefore(now);
  }

  public boolean isRunning() {
    return status == Status.RUNNING;
  }

  /** How far it has got, 0 to 100. */
  public int getPercent() {
    if (status != Status.RUNNING) {
      return 100;
    }
    return total == 0 ? 0 : (int) Math.min(100, processed * 100L / total);
  }

  static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public String getFileName() {
    return fileName;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public Status getStatus() {
    return status;
  }

  public int getTotal() {
    return total;
  }

  public int getProcessed() {
    return processed;
  }

  public int getCreated() {
    return created;
  }

  public int getUpdated() {
    return updated;
  }

  public int getUnchanged() {
    return unchanged;
  }

  public int getRetired() {
    return retired;
  }

  public int getRejected() {
    return rejected;
  }

  public int getSkipped() {
    return skipped;
  }

  public String getFailure() {
    return failure;
  }
}
