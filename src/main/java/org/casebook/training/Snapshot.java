package org.casebook.training;

import java.util.ArrayList;
import java.util.List;

/**
 * What a training case holds: an anonymised snapshot of a signed conversation, in sections. Only
 * generalised facts about the person are kept (an age band, the kind of conversation, how it was
 * held); names, dates, places and numbers in the text have been replaced. Stored as JSON.
 */
public class Snapshot {

  private String kind;
  private String mode;
  private String ageBand;
  private List<Section> sections = new ArrayList<>();

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public String getAgeBand() {
    return ageBand;
  }

  public void setAgeBand(String ageBand) {
    this.ageBand = ageBand;
  }

  public List<Section> getSections() {
    return sections;
  }

  public void setSections(List<Section> sections) {
    this.sections = sections;
  }

  /** How many replacements and flagged details there are, for the reviewer's summary. */
  public int replacementCount() {
    return sections.stream().mapToInt(s -> s.getReplacements().size()).sum();
  }

  public int flagCount() {
    return sections.stream().mapToInt(s -> s.getFlags().size()).sum();
  }

  /** All the text, section by section: for searching and for exercises. */
  public String plainText() {
    StringBuilder b = new StringBuilder();
    for (Section s : sections) {
      if (s.getText() != null && !s.getText().isBlank()) {
        if (b.length() > 0) {
          b.append("\n\n");
        }
        b.append(s.getText());
      }
    }
    return b.toString();
  }

  public Section section(String key) {
    return sections.stream().filter(s -> s.getKey().equals(key)).findFirst().orElse(null);
  }
}
