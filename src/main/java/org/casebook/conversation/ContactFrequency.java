package org.casebook.conversation;

/** How often someone is in touch. */
public enum ContactFrequency {
  DAILY,
  WEEKLY,
  MONTHLY,
  A_FEW_TIMES_A_YEAR,
  RARELY
}
