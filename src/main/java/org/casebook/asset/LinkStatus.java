package org.casebook.asset;

/** What came of connecting a person with a community asset, in the order it usually happens. */
public enum LinkStatus {
  /** Talked about in a conversation. */
  SUGGESTED,
  /** The person and the asset were put in touch. */
  INTRODUCED,
  /** The person went. */
  ATTENDED,
  /** Still going when their support was reviewed: a connection that lasted. */
  STILL_ENGAGED,
  /** It was not right for them; the reason says why, so the directory can learn. */
  NOT_SUITABLE;

  public String getMessageKey() {
    return "asset.link.status." + name();
  }

  public boolean needsReason() {
    return this == NOT_SUITABLE;
  }
}
