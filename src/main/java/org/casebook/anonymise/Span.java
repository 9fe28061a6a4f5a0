package org.casebook.anonymise;

/**
 * A piece of the submitted text a detector wants replaced. Where two overlap, the one with the
 * higher priority (then the longer) is kept.
 */
record Span(int start, int end, Kind kind, String replacement, int priority) {

  int length() {
    return end - start;
  }

  boolean overlaps(int s, int e) {
    return start < e && s < end;
  }

  @Override
  public String toString() {
    return kind + "[" + start + "," + end + ")";
  }
}
