package org.casebook.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One goal as reviewed: its words and weight when reviewed, the level reached, their comment. */
@Embeddable
public class ReviewGoal implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "goal_key", nullable = false, length = 40)
  private String goalKey;

  @Column(nullable = false, length = 2_000)
  private String words;

  @Column(nullable = false)
  private int weight;

  @Column(nullable = false)
  private int level;

  @Column(length = ReviewDetails.COMMENT_MAX)
  private String comment;

  protected ReviewGoal() {}

  public ReviewGoal(String goalKey, String words, int weight, int level, String comment) {
    this.goalKey = goalKey;
    this.words = words;
    this.weight = weight;
    this.level = level;
    this.comment = comment;
  }

  public String getGoalKey() {
    return goalKey;
  }

  public String getWords() {
    return words;
  }

  public int getWeight() {
    return weight;
  }

  public int getLevel() {
    return level;
  }

  public String getComment() {
    return comment;
  }
}
