package org.casebook.training;

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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.FieldsRefused;
import org.casebook.platform.RuleViolation;

/**
 * A training case: an anonymised snapshot of one signed conversation, with the trainer's title,
 * themes, tags and teaching notes. One trainer prepares it and submits it; a second trainer (never
 * the first) approves it into the library. Once approved its words are fixed; it can be withdrawn,
 * which takes it out of the library and exercises and keeps its trail. The conversation it came
 * from is kept by id only, so the same record is not taken twice, and is never shown.
 */
@Entity
@Table(name = "training_case")
public class TrainingCase {

  private static final Jsonb JSONB = JsonbBuilder.create();

  public static final int TITLE_MAX = 200;
  public static final int TAGS_MAX = 500;
  public static final int NOTES_MAX = 10_000;
  public static final int SECTION_MAX = 50_000;
  public static final int REASON_MAX = 2_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "conversation_id", nullable = false, updatable = false)
  private long conversationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private CaseStatus status;

  @Column(length = TITLE_MAX)
  private String title;

  @Column(length = 100)
  private String themes;

  @Column(length = TAGS_MAX)
  private String tags;

  @Lob
  @Column(name = "teaching_notes")
  private String teachingNotes;

  @Lob
  @Column(nullable = false)
  private String snapshot;

  @Column(name = "requested_by", nullable = false, updatable = false)
  private long requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "approved_by")
  private Long approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "withdrawn_by")
  private Long withdrawnBy;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Version private int version;

  protected TrainingCase() {}

  TrainingCase(
      long conversationId, Snapshot snapshot, Set<Theme> themes, long requestedBy, Instant at) {
    this.conversationId = conversationId;
    this.snapshot = JSONB.toJson(snapshot);
    this.themes = Theme.join(themes);
    this.status = CaseStatus.PREPARING;
    this.requestedBy = requestedBy;
    this.requestedAt = at;
  }

  /** What the preparing trainer typed: the details, and any section's words changed. */
  public record Review(
      String title,
      Set<Theme> themes,
      String tags,
      String teachingNotes,
      Map<String, String> sectionTexts) {}

  /** Keeps the preparing trainer's review; only while preparing. */
  void keep(Review review) {
    if (status != CaseStatus.PREPARING) {
      throw new RuleViolation("training.case.notPreparing");
    }
    Map<String, FieldProblem> problems = new LinkedHashMap<>(detailProblems(review));
    Snapshot s = getSnapshot();
    List<Section> changed = new java.util.ArrayList<>();
    for (Section section : s.getSections()) {
      String typed =
          review.sectionTexts() == null ? null : review.sectionTexts().get(section.getKey());
      if (typed == null || section.isNumber() || section.getText().isEmpty() && typed.isBlank()) {
        changed.add(section);
        continue;
      }
      String kept = typed.replace("\r\n", "\n").strip();
      if (kept.length() > SECTION_MAX) {
        problems.put("section:" + section.getKey(), new FieldProblem("field.tooLong", SECTION_MAX));
        changed.add(section);
      } else {
        changed.add(section.withText(kept));
      }
    }
    if (!problems.isEmpty()) {
      throw new FieldsRefused(problems);
    }
    s.setSections(changed);
    this.snapshot = JSONB.toJson(s);
    this.title = blankToNull(review.title());
    this.themes = Theme.join(review.themes());
    this.tags = Tags.normalise(review.tags());
    this.teachingNotes = blankToNull(review.teachingNotes());
  }

  /** Sends it for approval: it needs a title and at least one theme, and the check confirmed. */
  void submit(boolean checked, Instant at) {
    if (status != CaseStatus.PREPARING) {
      throw new RuleViolation("training.case.notPreparing");
    }
    Map<String, FieldProblem> problems = new HashMap<>();
    if (title == null) {
      problems.put("title", new FieldProblem("training.case.title.required"));
    }
    if (Theme.split(themes).isEmpty()) {
      problems.put("themes", new FieldProblem("training.case.themes.required"));
    }
    if (!checked) {
      problems.put("checked", new FieldProblem("training.case.checked.required"));
    }
    if (!problems.isEmpty()) {
      throw new FieldsRefused(problems);
    }
    this.status = CaseStatus.SUBMITTED;
    this.submittedAt = at;
  }

  /** A second trainer's approval: never the trainer who prepared it. */
  void approve(long approver, boolean checked, Instant at) {
    if (status != CaseStatus.SUBMITTED) {
      throw new RuleViolation("training.case.notSubmitted");
    }
    if (approver == requestedBy) {
      throw new RuleViolation("training.case.ownApproval");
    }
    if (!checked) {
      throw new FieldsRefused(
          Map.of("approveChecked", new FieldProblem("training.case.checked.required")));
    }
    this.status = CaseStatus.APPROVED;
    this.approvedBy = approver;
    this.approvedAt = at;
  }

  /** Sent back to the preparing trainer with a reason, for more work. */
  void sendBack(long reviewer) {
    if (status != CaseStatus.SUBMITTED) {
      throw new RuleViolation("training.case.notSubmitted");
    }
    if (reviewer == requestedBy) {
      throw new RuleViolation("training.case.ownApproval");
    }
    this.status = CaseStatus.PREPARING;
    this.submittedAt = null;
  }

  /** Out of the library and its exercises, for good; its trail is kept. */
  void withdraw(long by, Instant at) {
    if (status != CaseStatus.APPROVED) {
      throw new RuleViolation("training.case.notApproved");
    }
    this.status = CaseStatus.WITHDRAWN;
    this.withdrawnBy = by;
    this.withdrawnAt = at;
  }

  /** Given up before approval by the trainer preparing it. */
  void discard() {
    if (status != CaseStatus.PREPARING) {
      throw new RuleViolation("training.case.notPreparing");
    }
    this.status = CaseStatus.DISCARDED;
  }

  static Map<String, FieldProblem> detailProblems(Review review) {
    Map<String, FieldProblem> problems = new LinkedHashMap<>();
    if (review.title() != null && review.title().strip().length() > TITLE_MAX) {
      problems.put("title", new FieldProblem("field.tooLong", TITLE_MAX));
    }
    if (review.tags() != null
        && Tags.normalise(review.tags()) != null
        && Tags.normalise(review.tags()).length() > TAGS_MAX) {
      problems.put("tags", new FieldProblem("field.tooLong", TAGS_MAX));
    }
    if (review.teachingNotes() != null && review.teachingNotes().strip().length() > NOTES_MAX) {
      problems.put("teachingNotes", new FieldProblem("field.tooLong", NOTES_MAX));
    }
    return problems;
  }

  private static String blankToNull(String typed) {
    return typed == null || typed.isBlank() ? null : typed.replace("\r\n", "\n").strip();
  }

  public Snapshot getSnapshot() {
    return JSONB.fromJson(snapshot, Snapshot.class);
  }

  public Long getId() {
    return id;
  }

  long getConversationId() {
    return conversationId;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public String getTitle() {
    return title;
  }

  public Set<Theme> getThemes() {
    return Theme.split(themes);
  }

  public List<String> getTagList() {
    return Tags.split(tags);
  }

  public String getTags() {
    return tags;
  }

  public String getTeachingNotes() {
    return teachingNotes;
  }

  public long getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Long getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public Long getWithdrawnBy() {
    return withdrawnBy;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }

  public int getVersion() {
    return version;
  }

  /** "TC-12": how trainers refer to a case. */
  public String getReference() {
    return "TC-" + id;
  }
}
