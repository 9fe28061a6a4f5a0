package org.casebook.conversation;

import jakarta.json.bind.annotation.JsonbTransient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.casebook.platform.Texts;

/**
 * A goal in the person's own words, scaled with them by Goal Attainment Scaling: what −2, −1, 0
 * (the expected outcome), +1 and +2 would look like. Its key stays the same when a later
 * conversation carries it forward, so attainment can be followed over time.
 */
public class Goal implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  public static final int LEVEL_MIN = -2;
  public static final int LEVEL_MAX = 2;
  public static final int WEIGHT_MIN = 1;
  public static final int WEIGHT_MAX = 3;

  private String key = UUID.randomUUID().toString();
  private String words;
  private String muchLessThanExpected;
  private String lessThanExpected;
  private String expected;
  private String moreThanExpected;
  private String muchMoreThanExpected;
  private Integer weight;
  private String targetDate;
  private Integer attainment;
  private List<String> strengthKeys = new ArrayList<>();
  private List<String> networkKeys = new ArrayList<>();

  public Goal() {}

  public Goal(String words) {
    this.words = words;
  }

  boolean isBlank() {
    return Texts.isBlank(words)
        && Texts.isBlank(muchLessThanExpected)
        && Texts.isBlank(lessThanExpected)
        && Texts.isBlank(expected)
        && Texts.isBlank(moreThanExpected)
        && Texts.isBlank(muchMoreThanExpected)
        && Texts.isBlank(targetDate)
        && attainment == null
        && strengthKeys.isEmpty()
        && networkKeys.isEmpty();
  }

  /** Sets all five descriptors, from −2 to +2. */
  public Goal scaled(String minus2, String minus1, String zero, String plus1, String plus2) {
    this.muchLessThanExpected = minus2;
    this.lessThanExpected = minus1;
    this.expected = zero;
    this.moreThanExpected = plus1;
    this.muchMoreThanExpected = plus2;
    return this;
  }

  /** The descriptor for one level, −2 to +2. */
  public String descriptor(int level) {
    return switch (level) {
      case -2 -> muchLessThanExpected;
      case -1 -> lessThanExpected;
      case 0 -> expected;
      case 1 -> moreThanExpected;
      case 2 -> muchMoreThanExpected;
      default -> throw new IllegalArgumentException("GAS levels run from -2 to +2");
    };
  }

  /** True when every level from −2 to +2 has a descriptor. */
  @JsonbTransient
  public boolean isScaleComplete() {
    for (int level = LEVEL_MIN; level <= LEVEL_MAX; level++) {
      if (Texts.isBlank(descriptor(level))) {
        return false;
      }
    }
    return true;
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

  public String getMuchLessThanExpected() {
    return muchLessThanExpected;
  }

  public void setMuchLessThanExpected(String value) {
    this.muchLessThanExpected = value;
  }

  public String getLessThanExpected() {
    return lessThanExpected;
  }

  public void setLessThanExpected(String value) {
    this.lessThanExpected = value;
  }

  public String getExpected() {
    return expected;
  }

  public void setExpected(String value) {
    this.expected = value;
  }

  public String getMoreThanExpected() {
    return moreThanExpected;
  }

  public void setMoreThanExpected(String value) {
    this.moreThanExpected = value;
  }

  public String getMuchMoreThanExpected() {
    return muchMoreThanExpected;
  }

  public void setMuchMoreThanExpected(String value) {
    this.muchMoreThanExpected = value;
  }

  public Integer getWeight() {
    return weight;
  }

  public void setWeight(Integer weight) {
    this.weight = weight;
  }

  /** As typed (for example "31 3 2027"); checked when the conversation is finalised. */
  public String getTargetDate() {
    return targetDate;
  }

  public void setTargetDate(String targetDate) {
    this.targetDate = targetDate;
  }

  /** Where things are now on the scale, −2 to +2, or null when not scored in this conversation. */
  public Integer getAttainment() {
    return attainment;
  }

  public void setAttainment(Integer attainment) {
    this.attainment = attainment;
  }

  public List<String> getStrengthKeys() {
    return strengthKeys;
  }

  public void setStrengthKeys(List<String> strengthKeys) {
    this.strengthKeys = strengthKeys == null ? new ArrayList<>() : new ArrayList<>(strengthKeys);
  }

  public List<String> getNetworkKeys() {
    return networkKeys;
  }

  public void setNetworkKeys(List<String> networkKeys) {
    this.networkKeys = networkKeys == null ? new ArrayList<>() : new ArrayList<>(networkKeys);
  }
}
