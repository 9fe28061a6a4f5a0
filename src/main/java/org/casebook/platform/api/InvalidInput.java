package org.casebook.platform.api;

import java.util.Map;

/** Input that failed field checks: field name to plain-English message. */
public class InvalidInput extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Map<String, String> fields;

  public InvalidInput(Map<String, String> fields) {
    super("invalid input");
    this.fields = Map.copyOf(fields);
  }

  public Map<String, String> fields() {
    return fields;
  }
}
