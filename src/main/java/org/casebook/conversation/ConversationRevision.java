package org.casebook.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One signed version of a conversation: number 1 as it was finalised, then one per addendum, with
 * the reason for it. Written once and never changed.
 */
@Entity
@Table(name = "conversation_revision")
public class ConversationRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "conversation_id", nullable = false, updatable = false)
  private Conversation conversation;

  @Column(nullable = false, updatable = false)
  private int number;

  @Lob
  @Column(nullable = false, updatable = false)
  private String notes;

  @Lob
  @Column(updatable = false)
  private String reason;

  @Column(name = "made_by", nullable = false, updatable = false, length = 60)
  private String madeBy;

  @Column(name = "made_at", nullable = false, updatable = false)
  private Instant madeAt;

  protected ConversationRevision() {}

  ConversationRevision(
      Conversation conversation,
      int number,
      String notes,
      String reason,
      String madeBy,
      Instant madeAt) {
    this.conversation = conversation;
    this.number = number;
    this.notes = notes;
    this.reason = reason;
    this.madeBy = madeBy;
    this.madeAt = madeAt;
  }

  public Long getId() {
    return id;
  }

  public int getNumber() {
    return number;
  }

  /** The notes as they stood in this version. */
  public ConversationNotes notes() {
    return NotesJson.read(notes);
  }

  String notesJson() {
    return notes;
  }

  /** Why the addendum was made; null for the first, finalised version. */
  public String getReason() {
    return reason;
  }

  public boolean isAddendum() {
    return number > 1;
  }

  public String getMadeBy() {
    return madeBy;
  }

  public Instant getMadeAt() {
    return madeAt;
  }
}
