package org.casebook.platform;

/**
 * Words typed by people put into a JPQL {@code LIKE} pattern as plain text: {@code %} and {@code _}
 * match themselves, not anything. Queries using it say {@code escape '!'}.
 */
public final class LikePattern {

  private LikePattern() {}

  /** The text with the LIKE wildcards and the escape character escaped by {@code !}. */
  public static String escape(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  /** A pattern matching the text anywhere: {@code %text%}. */
  public static String containing(String text) {
    return "%" + escape(text) + "%";
  }
}
