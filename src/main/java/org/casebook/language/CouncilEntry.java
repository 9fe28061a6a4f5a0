package org.casebook.language;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * An entry the council added to the shipped lexicon. Its name never changes (findings and figures
 * refer to it); the rest can be reworded. It is never deleted: an entry the council no longer wants
 * is retired, and can be brought back.
 */
@Entity
@Table(name = "lexicon_entry")
public class CouncilEntry extends LexiconChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false, length = EntryDraft.ID_MAX)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Category category;

  @Column(nullable = false, length = EntryDraft.PHRASES_MAX)
  private String phrases;

  @Column(nullable = false, length = EntryDraft.SUGGESTION_MAX)
  private String suggestion;

  @Column(nullable = false, length = EntryDraft.EXPLANATION_MAX)
  private String explanation;

  @Column(name = "replace_with", length = EntryDraft.REPLACE_MAX)
  private String replaceWith;

  @Column(name = "not_followed_by", length = EntryDraft.CONTEXT_MAX)
  private String notFollowedBy;

  @Column(name = "not_preceded_by", length = EntryDraft.CONTEXT_MAX)
  private String notPrecededBy;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 60)
  private String createdBy;

  protected CouncilEntry() {}

  /** A new entry from one that passed {@link EntryDraft#problems}. */
  public CouncilEntry(Entry entry, String by, Instant at) {
    this.code = Objects.requireNonNull(entry.id());
    this.createdBy = by;
    this.createdAt = at;
    change(entry, true, by, at);
  }

  /** New words for the entry (its name stays), and whether it is in use. */
  public final void change(Entry entry, boolean active, String by, Instant at) {
    this.category = Objects.requireNonNull(entry.category());
    this.phrases = String.join("; ", entry.phrases());
    this.suggestion = Objects.requireNonNull(entry.suggestion());
    this.explanation = Objects.requireNonNull(entry.explanation());
    this.replaceWith = entry.replace();
    this.notFollowedBy = joined(entry.notFollowedBy());
    this.notPrecededBy = joined(entry.notPrecededBy());
    this.active = active;
    changedBy(by, at);
  }

  private static String joined(java.util.Set<String> words) {
    return words.isEmpty() ? null : String.join(",", new TreeSet<>(words));
  }

  /** The entry as the language checker uses it. */
  public Entry toEntry() {
    return new Entry(
        code,
        category,
        getPhraseList(),
        suggestion,
        explanation,
        Lexicon.words(notFollowedBy),
        Lexicon.words(notPrecededBy),
        replaceWith);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public Category getCategory() {
    return category;
  }

  public List<String> getPhraseList() {
    return Lexicon.phrases(phrases);
  }

  public String getSuggestion() {
    return suggestion;
  }

  public String getExplanation() {
    return explanation;
  }

  public String getReplaceWith() {
    return replaceWith;
  }

  /** Context words with ", " between, as typed on the form. */
  public String getNotFollowedBy() {
    return notFollowedBy == null ? null : notFollowedBy.replace(",", ", ");
  }

  public String getNotPrecededBy() {
    return notPrecededBy == null ? null : notPrecededBy.replace(",", ", ");
  }

  public boolean isActive() {
    return active;
  }
}
