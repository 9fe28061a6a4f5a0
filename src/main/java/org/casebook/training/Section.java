package org.casebook.training;

import java.util.ArrayList;
import java.util.List;

/**
 * One part of a training case's snapshot: a heading (a message key, with an optional second key
 * such as a strength's category), the anonymised text, whether it is the person's own words, the
 * replacements and the flagged details to highlight, and whether a trainer has changed the words.
 */
public class Section {

  private String key;
  private String heading;
  private String detail;
  private String text;
  private boolean theirWords;
  private boolean edited;
  private boolean number;
  private List<Mark> replacements = new ArrayList<>();
  private List<Mark> flags = new ArrayList<>();

  public Section() {}

  public Section(String key, String heading, String detail, String text, boolean theirWords) {
    this.key = key;
    this.heading = heading;
    this.detail = detail;
    this.text = text;
    this.theirWords = theirWords;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getHeading() {
    return heading;
  }

  public void setHeading(String heading) {
    this.heading = heading;
  }

  public String getDetail() {
    return detail;
  }

  public void setDetail(String detail) {
    this.detail = detail;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public boolean isTheirWords() {
    return theirWords;
  }

  public void setTheirWords(boolean theirWords) {
    this.theirWords = theirWords;
  }

  public boolean isEdited() {
    return edited;
  }

  public void setEdited(boolean edited) {
    this.edited = edited;
  }

  /** A number (a scale, a count): shown as it is, never anonymised or changed. */
  public boolean isNumber() {
    return number;
  }

  public void setNumber(boolean number) {
    this.number = number;
  }

  public List<Mark> getReplacements() {
    return replacements;
  }

  public void setReplacements(List<Mark> replacements) {
    this.replacements = replacements;
  }

  public List<Mark> getFlags() {
    return flags;
  }

  public void setFlags(List<Mark> flags) {
    this.flags = flags;
  }

  /**
   * The section with its words changed by the reviewing trainer. The highlights follow the words:
   * every place the new text still has a replacement's or a flagged detail's words is marked again
   * (the trainer never saw the original, so new words cannot bring an identifier back, but a
   * reviewer must still see where each replacement stands).
   */
  public Section withText(String changed) {
    Section next = new Section(key, heading, detail, changed, theirWords);
    next.edited = edited || !changed.equals(text);
    next.number = number;
    next.replacements = Highlights.relocate(text, replacements, changed);
    next.flags = Highlights.relocate(text, flags, changed);
    return next;
  }
}
