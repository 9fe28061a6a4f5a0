package org.casebook.asset;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.Texts;

/**
 * A person's connection with a community asset, first suggested in a conversation. Every change of
 * status is kept as a {@link Step}, so the person's page shows the whole story and the directory
 * learns what came of introductions.
 */
@Entity
@Table(name = "asset_link")
public class AssetLink {

  public static final int NOTE_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @Column(name = "conversation_id", nullable = false, updatable = false)
  private long conversationId;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "asset_id", nullable = false, updatable = false)
  private Asset asset;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private LinkStatus status;

  /** Why it was not suitable, when it was not. */
  @Column(length = NOTE_MAX)
  private String reason;

  @Column(name = "created_by", nullable = false, updatable = false, length = 60)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @OneToMany(mappedBy = "link", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @OrderBy("at, id")
  private List<Step> steps = new ArrayList<>();

  @Version private int version;

  protected AssetLink() {}

  public AssetLink(
      long personId, long conversationId, Asset asset, String note, String by, Instant now) {
    if (asset.isRetired()) {
      throw new RuleViolation("asset.link.retired");
    }
    this.personId = personId;
    this.conversationId = conversationId;
    this.asset = Objects.requireNonNull(asset);
    this.createdBy = by;
    this.createdAt = now;
    record(LinkStatus.SUGGESTED, note, by, now);
  }

  /**
   * Records what happened next. "Not suitable" needs the reason; a note can go with any step. The
   * story can go back (an introduction that did not happen after all) but never repeats the current
   * step.
   */
  public void moveTo(LinkStatus next, String note, String by, Instant now) {
    Objects.requireNonNull(next);
    if (next == status) {
      throw new RuleViolation("asset.link.sameStatus");
    }
    record(next, note, by, now);
  }

  private void record(LinkStatus next, String note, String by, Instant now) {
    String kept = Texts.keepLines(note);
    if (kept != null && kept.length() > NOTE_MAX) {
      throw new RuleViolation("field.tooLong", NOTE_MAX);
    }
    if (next.needsReason() && kept == null) {
      throw new RuleViolation("asset.link.reasonRequired");
    }
    this.status = next;
    this.reason = next.needsReason() ? kept : null;
    this.updatedBy = by;
    this.updatedAt = now;
    steps.add(new Step(this, next, kept, by, now));
  }

  public Long getId() {
    return id;
  }

  public long getPersonId() {
    return personId;
  }

  public long getConversationId() {
    return conversationId;
  }

  public Asset getAsset() {
    return asset;
  }

  public LinkStatus getStatus() {
    return status;
  }

  public String getReason() {
    return reason;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public List<Step> getSteps() {
    return List.copyOf(steps);
  }

  public int getVersion() {
    return version;
  }

  /** One step in the story of a connection. Never changed once written. */
  @Entity
  @Table(name = "asset_link_step")
  public static class Step {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "link_id", nullable = false, updatable = false)
    private AssetLink link;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private LinkStatus status;

    @Column(length = NOTE_MAX, updatable = false)
    private String note;

    @Column(name = "made_by", nullable = false, length = 60, updatable = false)
    private String by;

    @Column(name = "made_at", nullable = false, updatable = false)
    private Instant at;

    protected Step() {}

    Step(AssetLink link, LinkStatus status, String note, String by, Instant at) {
      this.link = link;
      this.status = status;
      this.note = note;
      this.by = by;
      this.at = at;
    }

    public LinkStatus getStatus() {
      return status;
    }

    public String getNote() {
      return note;
    }

    public String getBy() {
      return by;
    }

    public Instant getAt() {
      return at;
    }
  }
}
