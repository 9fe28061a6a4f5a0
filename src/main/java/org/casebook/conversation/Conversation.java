package org.casebook.conversation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.Texts;

/**
 * A good-life planning conversation with one person. While it is a draft it is saved as the worker
 * types. Once finalised (signed) it is read-only: a correction is an addendum with a reason, kept
 * as a new version beside every earlier one.
 */
@Entity
@Table(name = "conversation")
public class Conversation {

  public static final int REASON_MAX = 2_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 30)
  private ConversationKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ConversationStatus status;

  @Column(name = "held_on")
  private LocalDate heldOn;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private ContactMode mode;

  @Lob
  @Column(nullable = false)
  private String notes;

  @Column(name = "started_by", nullable = false, updatable = false, length = 60)
  private String startedBy;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "saved_by", nullable = false, length = 60)
  private String savedBy;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  @Column(name = "finalised_by", length = 60)
  private String finalisedBy;

  @Column(name = "finalised_at")
  private Instant finalisedAt;

  @Column(name = "revisions", nullable = false)
  private int revisionCount;

  /** When its goals are due to be reviewed: set when a conversation with goals is signed. */
  @Column(name = "review_due")
  private LocalDate reviewDue;

  @Version private int version;

  @OneToMany(mappedBy = "conversation", cascade = CascadeType.PERSIST)
  @OrderBy("number")
  private List<ConversationRevision> revisions = new ArrayList<>();

  protected Conversation() {}

  public Conversation(
      long personId, ConversationKind kind, ConversationNotes notes, String by, Instant at) {
    this.personId = personId;
    this.kind = Objects.requireNonNull(kind);
    this.status = ConversationStatus.DRAFT;
    this.startedBy = by;
    this.startedAt = at;
    keep(notes, by, at);
  }

  /** Saves the draft as it stands, complete or not. */
  public void saveDraft(ConversationNotes draft, String by, Instant at) {
    if (isFinal()) {
      throw new RuleViolation("conversation.final");
    }
    keep(draft, by, at);
  }

  /**
   * Signs the conversation: from now on it is read-only. Refused, with every problem listed, if
   * anything must be put right first.
   */
  public void finalise(ConversationNotes draft, String by, Instant at, LocalDate today) {
    if (isFinal()) {
      throw new RuleViolation("conversation.final");
    }
    ConversationNotes ready = draft.withoutBlankRows().tidy();
    Map<String, FieldProblem> problems = ready.problems(today);
    if (!problems.isEmpty()) {
      throw new NotesRefused(problems);
    }
    keep(ready, by, at);
    status = ConversationStatus.FINAL;
    finalisedBy = by;
    finalisedAt = at;
    addRevision(null, by, at);
  }

  /**
   * Corrects a finalised conversation. The earlier versions stay as they were; this one becomes
   * what is shown, with its reason.
   */
  public void addAddendum(
      String reason, ConversationNotes corrected, String by, Instant at, LocalDate today) {
    if (!isFinal()) {
      throw new RuleViolation("conversation.addendum.draft");
    }
    String why = Texts.keepLines(reason);
    if (why == null) {
      throw new NotesRefused(Map.of("reason", new FieldProblem("conversation.reason.required")));
    }
    if (why.length() > REASON_MAX) {
      throw new NotesRefused(Map.of("reason", new FieldProblem("field.tooLong", REASON_MAX)));
    }
    ConversationNotes ready = corrected.withoutBlankRows().tidy();
    Map<String, FieldProblem> problems = ready.problems(today);
    if (!problems.isEmpty()) {
      throw new NotesRefused(problems);
    }
    keep(ready, by, at);
    addRevision(why, by, at);
  }

  /**
   * A signed conversation with goals is due for review the given number of months after it was held
   * (or signed, when no date was given). A date already set, perhaps moved by the worker, is kept.
   */
  public void scheduleReview(int months, LocalDate today) {
    if (isFinal() && reviewDue == null && !notes().getGoals().isEmpty()) {
      reviewDue = (heldOn == null ? today : heldOn).plusMonths(months);
    }
  }

  /** Moves the review to another day; only for a signed conversation with goals. */
  public void moveReview(LocalDate due) {
    if (!isFinal() || notes().getGoals().isEmpty()) {
      throw new RuleViolation("review.due.noGoals");
    }
    if (heldOn != null && due.isBefore(heldOn)) {
      throw new RuleViolation("review.due.beforeConversation");
    }
    reviewDue = due;
  }

  public LocalDate getReviewDue() {
    return reviewDue;
  }

  private void keep(ConversationNotes kept, String by, Instant at) {
    this.notes = NotesJson.write(kept);
    this.heldOn = kept.heldOnDate().orElse(null);
    this.mode = kept.getMode();
    this.savedBy = by;
    this.savedAt = at;
  }

  private void addRevision(String reason, String by, Instant at) {
    revisionCount++;
    revisions.add(new ConversationRevision(this, revisionCount, notes, reason, by, at));
  }

  /** The notes as they stand now: the draft, or the latest signed version. */
  public ConversationNotes notes() {
    return NotesJson.read(notes);
  }

  public boolean isFinal() {
    return status == ConversationStatus.FINAL;
  }

  public boolean isDraft() {
    return status == ConversationStatus.DRAFT;
  }

  public boolean isCorrected() {
    return revisionCount > 1;
  }

  public List<ConversationRevision> getRevisions() {
    return Collections.unmodifiableList(revisions);
  }

  public Long getId() {
    return id;
  }

  public long getPersonId() {
    return personId;
  }

  public ConversationKind getKind() {
    return kind;
  }

  public ConversationStatus getStatus() {
    return status;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public ContactMode getMode() {
    return mode;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public String getSavedBy() {
    return savedBy;
  }

  public Instant getSavedAt() {
    return savedAt;
  }

  public String getFinalisedBy() {
    return finalisedBy;
  }

  public Instant getFinalisedAt() {
    return finalisedAt;
  }

  public int getRevisionCount() {
    return revisionCount;
  }

  public int getVersion() {
    return version;
  }
}
