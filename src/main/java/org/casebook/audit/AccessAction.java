package org.casebook.audit;

/** What someone did with a person's record. */
public enum AccessAction {
  VIEWED,
  CREATED,
  CHANGED
}
