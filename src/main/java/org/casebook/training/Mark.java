package org.casebook.training;

/**
 * A place in a snapshot section's text to highlight for the reviewer: a replacement the anonymiser
 * made (its kind, such as "KNOWN_NAME"), or a detail it left in but flagged (its reason). Offsets
 * are UTF-16 characters of the anonymised text, end exclusive. A mark never holds what was there
 * before.
 */
public class Mark {

  private int start;
  private int end;
  private String kind;

  public Mark() {}

  public Mark(int start, int end, String kind) {
    this.start = start;
    this.end = end;
    this.kind = kind;
  }

  public int getStart() {
    return start;
  }

  public void setStart(int start) {
    this.start = start;
  }

  public int getEnd() {
    return end;
  }

  public void setEnd(int end) {
    this.end = end;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  @Override
  public String toString() {
    return "Mark[" + start + "-" + end + " " + kind + "]";
  }
}
