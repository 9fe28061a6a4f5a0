package org.casebook.conversation;

/** Where the person seems to be with a change (transtheoretical model). */
public enum StageOfChange {
  PRECONTEMPLATION,
  CONTEMPLATION,
  PREPARATION,
  ACTION,
  MAINTENANCE
}
