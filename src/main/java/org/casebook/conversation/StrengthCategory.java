package org.casebook.conversation;

/** Where a strength comes from. */
public enum StrengthCategory {
  PERSONAL_QUALITIES,
  SKILLS_AND_KNOWLEDGE,
  INTERESTS,
  CONTRIBUTIONS_TO_OTHERS,
  FAMILY,
  FRIENDS_AND_NEIGHBOURS,
  COMMUNITY
}
