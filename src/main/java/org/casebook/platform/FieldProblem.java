package org.casebook.platform;

import java.util.Optional;

/**
 * What is wrong with one field: a message-bundle key and, where the message needs one, a number to
 * put in it (a limit, a range end).
 */
public record FieldProblem(String messageKey, Integer number) {

  public FieldProblem(String messageKey) {
    this(messageKey, null);
  }

  public Optional<Integer> maybeNumber() {
    return Optional.ofNullable(number);
  }
}
