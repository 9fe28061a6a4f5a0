package org.casebook.practice;

/**
 * The practice principles a case-file audit scores a record against, in the order the form asks
 * them. Each is scored from 1 (not yet seen in the record) to 4 (a record to learn from).
 */
public enum Principle {
  /** The person's voice and their own words. */
  VOICE,
  /** Strengths found: what the person is good at, cares about and draws on. */
  STRENGTHS,
  /** The person's network of family, friends and neighbours explored. */
  NETWORK,
  /** Community before services: groups, places and people nearby considered first. */
  COMMUNITY,
  /** Goals in the person's own words. */
  GOALS,
  /** Risks owned by the person: their view, and what makes things safer. */
  RISKS,
  /** Language: plain, respectful, strengths-based. */
  LANGUAGE;

  /** The lowest score: not yet seen in the record. */
  public static final int LOWEST = 1;

  /** The highest score: a record to learn from. */
  public static final int HIGHEST = 4;

  /** The name used in form fields, downloads and message keys: voice, strengths, … */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public String getKey() {
    return key();
  }
}
