package org.casebook.training;

/** How far someone has got with an exercise. */
public enum AttemptStatus {
  STARTED,
  HANDED_IN;

  public String getMessageKey() {
    return "training.attempt.status." + name();
  }
}
