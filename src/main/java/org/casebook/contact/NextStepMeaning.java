package org.casebook.contact;

/**
 * What a "what happened next" value means for the outcomes dashboard, whatever the council calls
 * it. Each value of the NEXT_STEP list has one.
 */
public enum NextStepMeaning {
  INFORMATION,
  COMMUNITY,
  SHORT_TERM,
  CONVERSATION,
  LONG_TERM,
  NONE;

  public String getMessageKey() {
    return "coded.meaning." + name();
  }
}
