package org.casebook.conversation;

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
import org.casebook.platform.RuleViolation;

/**
 * An action agreed in a signed conversation, followed up until it is done. Ticking it off is
 * recorded here, so the signed conversation itself never changes.
 */
@Entity
@Table(name = "agreed_action")
public class TrackedAction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "conversation_id", nullable = false, updatable = false)
  private long conversationId;

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @Column(name = "action_key", nullable = false, updatable = false, length = 36)
  private String actionKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ActionOwner owner;

  @Column(name = "owner_name", length = 200)
  private String ownerName;

  @Lob
  @Column(nullable = false)
  private String what;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(name = "done_by", length = 60)
  private String doneBy;

  @Version private int version;

  protected TrackedAction() {}

  TrackedAction(long conversationId, long personId, String actionKey) {
    this.conversationId = conversationId;
    this.personId = personId;
    this.actionKey = actionKey;
  }

  /** Takes the wording from the signed conversation (again, after an addendum). */
  void describe(ActionOwner owner, String ownerName, String what, LocalDate dueOn) {
    this.owner = owner;
    this.ownerName = ownerName;
    this.what = what;
    this.dueOn = dueOn;
  }

  public void markDone(String by, Instant at) {
    if (isDone()) {
      throw new RuleViolation("action.alreadyDone");
    }
    doneBy = by;
    doneAt = at;
  }

  public void reopen() {
    doneBy = null;
    doneAt = null;
  }

  public boolean isDone() {
    return doneAt != null;
  }

  public boolean isOverdue(LocalDate today) {
    return !isDone() && dueOn != null && dueOn.isBefore(today);
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

  public String getActionKey() {
    return actionKey;
  }

  public ActionOwner getOwner() {
    return owner;
  }

  public String getOwnerName() {
    return ownerName;
  }

  public String getWhat() {
    return what;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  public String getDoneBy() {
    return doneBy;
  }

  public int getVersion() {
    return version;
  }
}
