package org.casebook.language;

/** Why a phrase is flagged. */
public enum Category {
  /** Describes the person by what is wrong or missing ("suffers from", "lacks insight"). */
  DEFICIT,
  /** Reduces the person to a label ("service user", "the elderly", "frequent flyer"). */
  LABELLING,
  /** Service words the person would not use ("package of care", "placement"). */
  JARGON,
  /** Puts the worker in charge of the person ("refuses to engage", "non-compliant"). */
  POWER,
  /** Blames or shames ("attention-seeking", "bed blocker"). */
  STIGMATISING;

  public String getMessageKey() {
    return "language.category." + name();
  }
}
