package org.casebook.conversation;

/**
 * Kinds of change talk in motivational interviewing: preparatory (desire, ability, reasons, need)
 * and mobilising (commitment, activation, taking steps).
 */
public enum ChangeTalkType {
  DESIRE,
  ABILITY,
  REASONS,
  NEED,
  COMMITMENT,
  ACTIVATION,
  TAKING_STEPS
}
