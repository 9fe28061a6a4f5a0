package org.casebook.practice;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.casebook.platform.FieldsRefused;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.Texts;

/**
 * A case-file audit of one signed conversation. The manager scores it against each practice
 * principle and writes feedback; once sent, the scores and feedback are kept as they were. The
 * worker's response closes it. Nothing is deleted.
 */
@Entity
@Table(name = "practice_audit")
public class PracticeAudit {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "conversation_id", nullable = false, updatable = false)
  private long conversationId;

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @Column(name = "team_id", nullable = false, updatable = false)
  private long teamId;

  @Column(name = "worker_id", nullable = false, updatable = false)
  private long workerId;

  @Column(name = "record_month", nullable = false, updatable = false)
  private LocalDate month;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private AuditOrigin origin;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private AuditStatus status;

  /** The version of the record that was audited (1 as signed, 2 and on after addenda). */
  @Column(name = "revision")
  private Integer revision;

  @Column(name = "score_voice")
  private Integer scoreVoice;

  @Column(name = "score_strengths")
  private Integer scoreStrengths;

  @Column(name = "score_network")
  private Integer scoreNetwork;

  @Column(name = "score_community")
  private Integer scoreCommunity;

  @Column(name = "score_goals")
  private Integer scoreGoals;

  @Column(name = "score_risks")
  private Integer scoreRisks;

  @Column(name = "score_language")
  private Integer scoreLanguage;

  @Lob
  @Column(name = "comments")
  private String comments;

  @Column(name = "words")
  private Integer words;

  @Column(name = "findings")
  private Integer findings;

  @Lob
  @Column(name = "feedback")
  private String feedback;

  @Column(name = "auditor_id")
  private Long auditorId;

  @Column(name = "feedback_at")
  private Instant feedbackAt;

  @Lob
  @Column(name = "response")
  private String response;

  @Column(name = "responded_at")
  private Instant respondedAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 60)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private int version;

  protected PracticeAudit() {}

  /** The record to audit, as it was signed. */
  public record Subject(
      long conversationId, long personId, long teamId, long workerId, YearMonth month) {}

  PracticeAudit(Subject subject, AuditOrigin origin, String by, Instant at) {
    this.conversationId = subject.conversationId();
    this.personId = subject.personId();
    this.teamId = subject.teamId();
    this.workerId = subject.workerId();
    this.month = subject.month().atDay(1);
    this.origin = origin;
    this.status = AuditStatus.TO_DO;
    this.createdBy = by;
    this.createdAt = at;
  }

  /** Keeps what the manager has written so far; refused once the feedback has gone. */
  void save(AuditForm form, int auditedRevision) {
    requireOpen();
    var problems = form.problems();
    if (!problems.isEmpty()) {
      throw new FieldsRefused(problems);
    }
    keep(form, auditedRevision);
    status = AuditStatus.STARTED;
  }

  /** Sends the feedback to the worker: every score and the feedback must be there. */
  void send(AuditForm form, int auditedRevision, long auditor, Instant at, Counts counts) {
    requireOpen();
    var problems = form.problemsForSending();
    if (!problems.isEmpty()) {
      throw new FieldsRefused(problems);
    }
    keep(form, auditedRevision);
    this.words = counts.words();
    this.findings = counts.findings();
    this.auditorId = auditor;
    this.feedbackAt = at;
    this.status = AuditStatus.WITH_WORKER;
  }

  /** The worker's response, which closes the audit. */
  void respond(String typed, Instant at) {
    if (status != AuditStatus.WITH_WORKER) {
      throw new RuleViolation(
          status == AuditStatus.CLOSED ? "practice.closed" : "practice.notSentYet");
    }
    String kept = Texts.keepLines(typed);
    if (kept == null) {
      throw new FieldsRefused(
          Map.of("response", new org.casebook.platform.FieldProblem("practice.response.required")));
    }
    if (kept.length() > AuditForm.FEEDBACK_MAX) {
      throw new FieldsRefused(
          Map.of(
              "response",
              new org.casebook.platform.FieldProblem("field.tooLong", AuditForm.FEEDBACK_MAX)));
    }
    this.response = kept;
    this.respondedAt = at;
    this.status = AuditStatus.CLOSED;
  }

  /** Language figures of the record as audited. */
  public record Counts(int words, int findings) {}

  private void requireOpen() {
    if (status.isSent()) {
      throw new RuleViolation("practice.sent");
    }
  }

  private void keep(AuditForm form, int auditedRevision) {
    this.revision = auditedRevision;
    this.scoreVoice = form.scores().get(Principle.VOICE);
    this.scoreStrengths = form.scores().get(Principle.STRENGTHS);
    this.scoreNetwork = form.scores().get(Principle.NETWORK);
    this.scoreCommunity = form.scores().get(Principle.COMMUNITY);
    this.scoreGoals = form.scores().get(Principle.GOALS);
    this.scoreRisks = form.scores().get(Principle.RISKS);
    this.scoreLanguage = form.scores().get(Principle.LANGUAGE);
    Map<String, String> byKey = new HashMap<>();
    form.comments().forEach((p, c) -> byKey.put(p.key(), c));
    this.comments = byKey.isEmpty() ? null : JSONB.toJson(byKey);
    this.feedback = form.feedback();
  }

  /** What the manager has written, as a form to carry on with or to read. */
  public AuditForm form() {
    Map<Principle, Integer> scores = new EnumMap<>(Principle.class);
    scores.put(Principle.VOICE, scoreVoice);
    scores.put(Principle.STRENGTHS, scoreStrengths);
    scores.put(Principle.NETWORK, scoreNetwork);
    scores.put(Principle.COMMUNITY, scoreCommunity);
    scores.put(Principle.GOALS, scoreGoals);
    scores.put(Principle.RISKS, scoreRisks);
    scores.put(Principle.LANGUAGE, scoreLanguage);
    Map<Principle, String> byPrinciple = new EnumMap<>(Principle.class);
    if (comments != null) {
      @SuppressWarnings("unchecked")
      Map<String, String> byKey = JSONB.fromJson(comments, Map.class);
      for (Principle p : Principle.values()) {
        byPrinciple.put(p, byKey.get(p.key()));
      }
    }
    return new AuditForm(scores, byPrinciple, feedback);
  }

  public Long getId() {
    return id;
  }

  public long getConversationId() {
    return conversationId;
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

  public YearMonth month() {
    return YearMonth.from(month);
  }

  public LocalDate getMonth() {
    return month;
  }

  public AuditOrigin getOrigin() {
    return origin;
  }

  public AuditStatus getStatus() {
    return status;
  }

  public Integer getRevision() {
    return revision;
  }

  public Integer getWords() {
    return words;
  }

  public Integer getFindings() {
    return findings;
  }

  public String getFeedback() {
    return feedback;
  }

  public Long getAuditorId() {
    return auditorId;
  }

  public Instant getFeedbackAt() {
    return feedbackAt;
  }

  public String getResponse() {
    return response;
  }

  public Instant getRespondedAt() {
    return respondedAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public int getVersion() {
    return version;
  }
}
