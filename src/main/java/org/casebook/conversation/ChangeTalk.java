package org.casebook.conversation;

import java.util.UUID;
import org.casebook.platform.Texts;

/** Something the person said in favour of change, as near to their words as possible. */
public class ChangeTalk implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private String key = UUID.randomUUID().toString();
  private String words;
  private ChangeTalkType type;

  public ChangeTalk() {}

  public ChangeTalk(String words, ChangeTalkType type) {
    this.words = words;
    this.type = type;
  }

  boolean isBlank() {
    return Texts.isBlank(words) && type == null;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getWords() {
    return words;
  }

  public void setWords(String words) {
    this.words = words;
  }

  public ChangeTalkType getType() {
    return type;
  }

  public void setType(ChangeTalkType type) {
    this.type = type;
  }
}
