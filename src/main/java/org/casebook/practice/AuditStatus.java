package org.casebook.practice;

/** Where a case-file audit has got to. */
public enum AuditStatus {
  /** Drawn or added; the manager has not started it. */
  TO_DO,
  /** The manager has saved scores or notes but not sent the feedback. */
  STARTED,
  /** The feedback has gone to the worker; the scores are kept as they were sent. */
  WITH_WORKER,
  /** The worker has responded; nothing changes any more. */
  CLOSED;

  /** Whether the manager's scores and feedback have been sent, and so count on the dashboard. */
  public boolean isSent() {
    return this == WITH_WORKER || this == CLOSED;
  }
}
