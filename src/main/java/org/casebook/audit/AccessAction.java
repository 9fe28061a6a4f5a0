package org.casebook.audit;

/** What someone did with a person's record. */
public enum AccessAction {
  VIEWED,
  CREATED,
  CHANGED,
  STARTED_CONVERSATION,
  VIEWED_CONVERSATION,
  FINALISED_CONVERSATION,
  ADDED_ADDENDUM,
  DISCARDED_DRAFT,
  DOWNLOADED_PLAN,
  UPDATED_ACTION
}
