package org.casebook.readiness;

import java.util.Optional;

/**
 * How far a condition of the framework is in place, from 1 to 4, with the red, amber and green
 * meaning councils use for such ratings. Pages always show the number and the words; colour only
 * repeats them.
 */
public enum Rating {
  /** Red: not in place, and not yet recognised as a gap or planned for. */
  NOT_IN_PLACE("red"),
  /** Amber: recognised as a gap, with action planned or just begun. */
  BEGINNING("amber"),
  /** Amber-green: in development, in place in parts. */
  DEVELOPING("amber-green"),
  /** Green: in place across the council and with partners, and the evidence shows it. */
  IN_PLACE("green");

  private final String colour;

  Rating(String colour) {
    this.colour = colour;
  }

  public int getScore() {
    return ordinal() + 1;
  }

  /** The colour's name, for the style that repeats the words ("amber-green"). */
  public String getColour() {
    return colour;
  }

  /** "2 – Beginning (amber)". */
  public String getLabelKey() {
    return "readiness.rating." + getScore();
  }

  /** "Beginning". */
  public String getNameKey() {
    return "readiness.rating." + getScore() + ".name";
  }

  /** What the rating means, for the key above the questions. */
  public String getMeaningKey() {
    return "readiness.rating." + getScore() + ".meaning";
  }

  /** The rating with this score; empty for none or for a number that is not a rating. */
  public static Optional<Rating> of(Integer score) {
    if (score == null || score < 1 || score > values().length) {
      return Optional.empty();
    }
    return Optional.of(values()[score - 1]);
  }
}
