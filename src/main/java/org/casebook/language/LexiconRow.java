package org.casebook.language;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * One entry of the council's lexicon as administrators see it: shipped or the council's own, in use
 * or not, with the version to change it from.
 *
 * @param councilId the council entry's id; null for a shipped entry
 * @param version the version the entry (or a shipped entry's setting) was read at
 * @param updatedBy who last changed it; null for a shipped entry nobody has switched off or on
 */
public record LexiconRow(
    Entry entry, boolean active, Long councilId, int version, String updatedBy, Instant updatedAt)
    implements java.io.Serializable {

  /** Where an entry comes from. */
  public enum Source {
    SHIPPED,
    COUNCIL;

    public String getMessageKey() {
      return "lexicon.source." + name();
    }
  }

  public static LexiconRow of(CouncilEntry e) {
    return new LexiconRow(
        e.toEntry(), e.isActive(), e.getId(), e.getVersion(), e.getUpdatedBy(), e.getUpdatedAt());
  }

  public static LexiconRow of(Entry shipped, ShippedEntrySetting setting) {
    return setting == null
        ? new LexiconRow(shipped, true, null, ShippedEntrySetting.NEVER_CHANGED, null, null)
        : new LexiconRow(
            shipped,
            setting.isActive(),
            null,
            setting.getVersion(),
            setting.getUpdatedBy(),
            setting.getUpdatedAt());
  }

  /**
   * Whether the row is wanted: every word searched for (any case, accents ignored) appears in its
   * name, phrases, suggestion or explanation, and it is of the category and source asked for.
   */
  public boolean matches(String search, Category category, Source source) {
    if (category != null && entry.category() != category) {
      return false;
    }
    if (source != null && getSource() != source) {
      return false;
    }
    if (search == null || search.isBlank()) {
      return true;
    }
    String text =
        fold(
            String.join(
                " ",
                entry.id(),
                String.join(" ", entry.phrases()),
                entry.suggestion(),
                entry.explanation()));
    for (String word : fold(search).split("\\s+")) {
      if (!word.isEmpty() && !text.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replace("*", "")
        .toLowerCase(Locale.ROOT);
  }

  public boolean isShipped() {
    return councilId == null;
  }

  public Source getSource() {
    return isShipped() ? Source.SHIPPED : Source.COUNCIL;
  }

  public String getCode() {
    return entry.id();
  }

  public Category getCategory() {
    return entry.category();
  }

  public List<String> getPhrases() {
    return entry.phrases();
  }

  /** The phrases as one line, "; " between, as in a lexicon line. */
  public String getPhrasesText() {
    return String.join("; ", entry.phrases());
  }

  public String getSuggestion() {
    return entry.suggestion();
  }

  public String getExplanation() {
    return entry.explanation();
  }

  public String getReplace() {
    return entry.replace();
  }

  public String getNotFollowedBy() {
    return String.join(", ", new TreeSet<>(entry.notFollowedBy()));
  }

  public String getNotPrecededBy() {
    return String.join(", ", new TreeSet<>(entry.notPrecededBy()));
  }

  public boolean isActive() {
    return active;
  }

  public Long getCouncilId() {
    return councilId;
  }

  public int getVersion() {
    return version;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
