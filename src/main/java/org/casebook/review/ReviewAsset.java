package org.casebook.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A community connection looked at in the review, and whether the person still uses it. */
@Embeddable
public class ReviewAsset implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "asset_link_id", nullable = false)
  private long assetLinkId;

  @Column(name = "in_use", nullable = false)
  private boolean inUse;

  protected ReviewAsset() {}

  public ReviewAsset(long assetLinkId, boolean inUse) {
    this.assetLinkId = assetLinkId;
    this.inUse = inUse;
  }

  public long getAssetLinkId() {
    return assetLinkId;
  }

  public boolean isInUse() {
    return inUse;
  }
}
