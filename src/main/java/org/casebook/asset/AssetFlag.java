package org.casebook.asset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.Texts;

/**
 * A worker's word to the editors that an asset is closed, full, unsuitable or described wrongly. It
 * stays on the editors' worklist until an editor deals with it.
 */
@Entity
@Table(name = "asset_flag")
public class AssetFlag {

  public static final int NOTE_MAX = 1000;

  /** What the editor did about a flag. */
  public enum Outcome {
    VERIFIED,
    EDITED,
    RETIRED,
    DISMISSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "asset_id", nullable = false, updatable = false)
  private Asset asset;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private FlagReason reason;

  @Column(length = NOTE_MAX, updatable = false)
  private String note;

  @Column(name = "raised_by", nullable = false, length = 60, updatable = false)
  private String raisedBy;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private Instant raisedAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Outcome outcome;

  @Column(name = "resolved_by", length = 60)
  private String resolvedBy;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Version private int version;

  protected AssetFlag() {}

  public AssetFlag(Asset asset, FlagReason reason, String note, String by, Instant now) {
    if (reason == null) {
      throw new RuleViolation("asset.flag.reasonRequired");
    }
    if (Texts.storedLength(note) > NOTE_MAX) {
      throw new RuleViolation("field.tooLong", NOTE_MAX);
    }
    if (reason == FlagReason.OTHER && Texts.isBlank(note)) {
      throw new RuleViolation("asset.flag.noteRequired");
    }
    if (asset.isRetired()) {
      throw new RuleViolation("asset.retired.noChange");
    }
    this.asset = Objects.requireNonNull(asset);
    this.reason = reason;
    this.note = Texts.keepLines(note);
    this.raisedBy = by;
    this.raisedAt = now;
  }

  public void resolve(Outcome outcome, String by, Instant now) {
    if (isResolved()) {
      throw new RuleViolation("asset.flag.alreadyResolved");
    }
    this.outcome = Objects.requireNonNull(outcome);
    this.resolvedBy = by;
    this.resolvedAt = now;
  }

  public boolean isResolved() {
    return outcome != null;
  }

  public Long getId() {
    return id;
  }

  public Asset getAsset() {
    return asset;
  }

  public FlagReason getReason() {
    return reason;
  }

  public String getNote() {
    return note;
  }

  public String getRaisedBy() {
    return raisedBy;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getResolvedBy() {
    return resolvedBy;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }

  public int getVersion() {
    return version;
  }
}
