package org.casebook.conversation;

import java.util.UUID;

/** Something the person is good at, cares about or has around them. */
public class Strength implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private String key = UUID.randomUUID().toString();
  private StrengthCategory category;
  private String description;

  public Strength() {}

  public Strength(StrengthCategory category, String description) {
    this.category = category;
    this.description = description;
  }

  boolean isBlank() {
    return category == null && org.casebook.platform.Texts.isBlank(description);
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public StrengthCategory getCategory() {
    return category;
  }

  public void setCategory(StrengthCategory category) {
    this.category = category;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
