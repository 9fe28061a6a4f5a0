package org.casebook.readiness;

/** A self-assessment is a draft until a leader signs it off; then it is never changed. */
public enum AssessmentStatus {
  DRAFT,
  SIGNED_OFF;

  public String getMessageKey() {
    return "readiness.status." + name();
  }
}
