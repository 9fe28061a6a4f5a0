package org.casebook.training;

/** Where a training case has got to. */
public enum CaseStatus {
  /** The requesting trainer is reviewing the anonymised snapshot. */
  PREPARING,
  /** Submitted for a second trainer's approval. */
  SUBMITTED,
  /** Approved by a second trainer: in the library, for exercises. */
  APPROVED,
  /** Taken out of the library: gone from exercises, its trail kept. */
  WITHDRAWN,
  /** Given up before approval. */
  DISCARDED;

  public boolean isLive() {
    return this == PREPARING || this == SUBMITTED || this == APPROVED;
  }

  public String messageKey() {
    return "training.status." + name();
  }

  public String getMessageKey() {
    return messageKey();
  }
}
