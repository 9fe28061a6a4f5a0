package org.casebook.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A signed conversation's practice figures, kept for the culture dashboard. Team, worker and month
 * are as they were when it was signed; the counts follow the record's latest version.
 */
@Entity
@Table(name = "record_figure")
public class RecordFigure {

  @Id
  @Column(name = "conversation_id")
  private long conversationId;

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @Column(name = "team_id", nullable = false, updatable = false)
  private long teamId;

  @Column(name = "worker_id", nullable = false, updatable = false)
  private long workerId;

  @Column(name = "record_month", nullable = false, updatable = false)
  private LocalDate month;

  private int words;
  private int findings;

  @Column(name = "own_words")
  private int ownWords;

  private int strengths;
  private int network;
  private int assets;
  private int goals;

  @Column(name = "own_word_goals")
  private int ownWordGoals;

  @Column(name = "computed_at", nullable = false)
  private Instant computedAt;

  protected RecordFigure() {}

  RecordFigure(long conversationId, long personId, long teamId, long workerId, YearMonth month) {
    this.conversationId = conversationId;
    this.personId = personId;
    this.teamId = teamId;
    this.workerId = workerId;
    this.month = month.atDay(1);
  }

  void count(RecordCounts counts, Instant at) {
    this.words = counts.words();
    this.findings = counts.findings();
    this.ownWords = counts.ownWords();
    this.strengths = counts.strengths();
    this.network = counts.network();
    this.assets = counts.assets();
    this.goals = counts.goals();
    this.ownWordGoals = counts.ownWordGoals();
    this.computedAt = at;
  }

  public RecordCounts counts() {
    return new RecordCounts(
        words, findings, ownWords, strengths, network, assets, goals, ownWordGoals);
  }

  public long getConversationId() {
    return conversationId;
  }

  public long getTeamId() {
    return teamId;
  }

  public long getWorkerId() {
    return workerId;
  }

  public YearMonth month() {
    return YearMonth.from(month);
  }
}
