package org.casebook.platform;

/**
 * A domain rule said no. Carries a message-bundle key (and arguments) rather than text, so pages
 * and the API can say it in plain English without exposing anything internal.
 */
public class RuleViolation extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient Object[] arguments;

  public RuleViolation(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
