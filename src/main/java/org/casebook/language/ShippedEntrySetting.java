package org.casebook.language;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether the council uses one shipped lexicon entry. A shipped entry with no setting is in use;
 * the setting is made the first time an administrator switches it off, and kept after that.
 */
@Entity
@Table(name = "lexicon_shipped")
public class ShippedEntrySetting {

  /** The version of a shipped entry nobody has switched off or on yet (there is no setting). */
  public static final int NEVER_CHANGED = -1;

  @Id
  @Column(length = EntryDraft.ID_MAX)
  private String code;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @Version private int version;

  protected ShippedEntrySetting() {}

  public ShippedEntrySetting(String code, boolean active, String by, Instant at) {
    this.code = Objects.requireNonNull(code);
    use(active, by, at);
  }

  public final void use(boolean active, String by, Instant at) {
    this.active = active;
    this.updatedBy = Objects.requireNonNull(by);
    this.updatedAt = Objects.requireNonNull(at);
  }

  public String getCode() {
    return code;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public int getVersion() {
    return version;
  }
}
