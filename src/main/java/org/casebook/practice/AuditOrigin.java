package org.casebook.practice;

/** How a record came to be audited. */
public enum AuditOrigin {
  /** Drawn at random in the month's sample. */
  SAMPLE,
  /** Added by the manager. */
  HAND
}
