package org.casebook.contact;

/** How a person's request was resolved. */
public enum ResolutionRoute {
  /** Through their own family, friends and neighbours. */
  OWN_NETWORK,
  /** Through a community asset: a group, a project, a place. */
  COMMUNITY_ASSET,
  /** Through services open to everyone (GP, library, leisure, housing advice …). */
  UNIVERSAL_SERVICES,
  /** Short-term support to maximise independence. */
  SHORT_TERM_SUPPORT,
  /** Long-term care and support. */
  LONG_TERM_CARE,
  OTHER;

  /** Resolved through the person's own network or their community: what the approach aims for. */
  public boolean throughNetworkOrCommunity() {
    return this == OWN_NETWORK || this == COMMUNITY_ASSET;
  }

  public String getMessageKey() {
    return "resolution.route." + name();
  }
}
