package org.casebook.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.casebook.platform.Texts;

/**
 * A dashboard's choices in the page's address, so that a view can be bookmarked and its downloads
 * asked for with the same choices: reading an id, and writing the query string.
 */
public final class AddressQuery {

  private AddressQuery() {}

  /** The id typed, a whole number above 0; empty when it is anything else (or blank). */
  public static Optional<Long> id(String typed) {
    if (Texts.isBlank(typed)) {
      return Optional.empty();
    }
    try {
      long id = Long.parseLong(typed.strip());
      return id > 0 ? Optional.of(id) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Adds {@code name=value} to a query string, encoded; nothing when there is no value. */
  public static void add(StringBuilder q, String name, String value) {
    if (Texts.isBlank(value)) {
      return;
    }
    if (q.length() > 0) {
      q.append('&');
    }
    q.append(name).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
  }
}
