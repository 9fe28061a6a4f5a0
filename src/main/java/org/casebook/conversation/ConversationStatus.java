package org.casebook.conversation;

public enum ConversationStatus {
  /** Being written: saved as the worker types, can still change. */
  DRAFT,
  /** Signed by a worker: read-only; corrections are addenda. */
  FINAL
}
