package org.casebook.training.miti;

import java.util.Locale;

/**
 * The MITI 4.2.1's four global scores, each a rating from 1 to 5 of the whole conversation: two
 * technical (about change talk and sustain talk), two relational.
 */
public enum GlobalScore {
  CULTIVATING_CHANGE_TALK,
  SOFTENING_SUSTAIN_TALK,
  PARTNERSHIP,
  EMPATHY;

  /** Whether it is one of the two technical globals (the others are relational). */
  public boolean isTechnical() {
    return this == CULTIVATING_CHANGE_TALK || this == SOFTENING_SUSTAIN_TALK;
  }

  public String getNameKey() {
    return key() + ".name";
  }

  /** What the rating looks at, for coders. */
  public String getDescriptionKey() {
    return key() + ".description";
  }

  /** What a 1 looks like. */
  public String getLowKey() {
    return key() + ".low";
  }

  /** What a 5 looks like. */
  public String getHighKey() {
    return key() + ".high";
  }

  private String key() {
    return "miti.global." + name().toLowerCase(Locale.ROOT);
  }
}
