package org.casebook.language;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether the council uses one shipped lexicon entry. A shipped entry with no setting is in use;
 * the setting is made the first time an administrator switches it off, and kept after that.
 */
@Entity
@Table(name = "lexicon_shipped")
public class ShippedEntrySetting extends LexiconChange {

  /** The version of a shipped entry nobody has switched off or on yet (there is no setting). */
  public static final int NEVER_CHANGED = -1;

  @Id
  @Column(length = EntryDraft.ID_MAX)
  private String code;

  @Column(nullable = false)
  private boolean active;

  protected ShippedEntrySetting() {}

  public ShippedEntrySetting(String code, boolean active, String by, Instant at) {
    this.code = Objects.requireNonNull(code);
    use(active, by, at);
  }

  public final void use(boolean active, String by, Instant at) {
    this.active = active;
    changedBy(by, at);
  }

  public String getCode() {
    return code;
  }

  public boolean isActive() {
    return active;
  }
}
