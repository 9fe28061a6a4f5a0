package org.casebook.platform;

/**
 * The record does not exist, or the caller may not know that it does. Both cases look the same from
 * outside, so nobody can probe for records they are not allowed to see.
 */
public class NotFound extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotFound(String what) {
    super(what);
  }
}
