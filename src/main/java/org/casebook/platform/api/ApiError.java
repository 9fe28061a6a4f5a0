package org.casebook.platform.api;

import java.util.Map;

/**
 * The body of every error answer: a plain-English message, field messages where the input was at
 * fault, and a reference when the failure is ours.
 */
public record ApiError(String message, Map<String, String> fields, String reference) {

  public static ApiError of(String message) {
    return new ApiError(message, Map.of(), null);
  }
}
