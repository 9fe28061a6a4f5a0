package org.casebook.language;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * What the council's lexicon keeps about its last change: when, by which administrator, and the
 * version another administrator's change is checked against.
 */
@MappedSuperclass
public abstract class LexiconChange {

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @Version private int version;

  protected final void changedBy(String by, Instant at) {
    this.updatedBy = Objects.requireNonNull(by);
    this.updatedAt = Objects.requireNonNull(at);
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
