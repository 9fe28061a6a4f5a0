package org.casebook.review;

/**
 * Key Human Indicators at one moment: how many people the person can call on, how in control of
 * their life they feel (0–10) and how connected they feel (0–10). Any may be unknown.
 */
public record Khi(Integer people, Integer control, Integer connected) {

  public static final Khi NONE = new Khi(null, null, null);

  public boolean isRecorded() {
    return people != null || control != null || connected != null;
  }

  public Integer getPeople() {
    return people;
  }

  public Integer getControl() {
    return control;
  }

  public Integer getConnected() {
    return connected;
  }

  /** The change from an earlier reading, or null where either is unknown. */
  public static Integer change(Integer earlier, Integer now) {
    return earlier == null || now == null ? null : now - earlier;
  }
}
