package org.casebook.asset;

/** Why a worker flagged an asset for the directory's editors. */
public enum FlagReason {
  CLOSED,
  FULL,
  UNSUITABLE,
  DETAILS_WRONG,
  OTHER;

  public String getMessageKey() {
    return "asset.flag.reason." + name();
  }
}
