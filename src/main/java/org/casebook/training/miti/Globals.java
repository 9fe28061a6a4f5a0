package org.casebook.training.miti;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A coder's four global ratings, as entered: each should be a whole number from 1 to 5. What was
 * entered is kept even when it is not a rating, so a page can show it beside its problem; {@link
 * #rating(GlobalScore)} gives only ratings.
 */
public final class Globals {

  public static final int LOWEST = 1;
  public static final int HIGHEST = 5;

  private final Map<GlobalScore, Integer> entered;

  private Globals(Map<GlobalScore, Integer> entered) {
    this.entered = Collections.unmodifiableMap(entered);
  }

  /** The ratings entered so far; a score missing from the map, or null, is not rated. */
  public static Globals of(Map<GlobalScore, Integer> ratings) {
    Map<GlobalScore, Integer> copy = new EnumMap<>(GlobalScore.class);
    ratings.forEach(
        (score, rating) -> {
          if (rating != null) {
            copy.put(Objects.requireNonNull(score, "score"), rating);
          }
        });
    return new Globals(copy);
  }

  /** All four, in the MITI's order (null for one not rated). */
  public static Globals of(
      Integer cultivatingChangeTalk,
      Integer softeningSustainTalk,
      Integer partnership,
      Integer empathy) {
    Map<GlobalScore, Integer> ratings = new EnumMap<>(GlobalScore.class);
    ratings.put(GlobalScore.CULTIVATING_CHANGE_TALK, cultivatingChangeTalk);
    ratings.put(GlobalScore.SOFTENING_SUSTAIN_TALK, softeningSustainTalk);
    ratings.put(GlobalScore.PARTNERSHIP, partnership);
    ratings.put(GlobalScore.EMPATHY, empathy);
    return of(ratings);
  }

  /** Nothing rated yet. */
  public static Globals none() {
    return new Globals(new EnumMap<>(GlobalScore.class));
  }

  /** The rating, when one from 1 to 5 was entered. */
  public Optional<Integer> rating(GlobalScore score) {
    Integer r = entered.get(score);
    return r != null && r >= LOWEST && r <= HIGHEST ? Optional.of(r) : Optional.empty();
  }

  /** What was entered, rating or not; null when nothing was. */
  public Integer entered(GlobalScore score) {
    return entered.get(score);
  }

  /** One problem for each global not rated or not rated 1 to 5, in the MITI's order. */
  public List<GlobalsProblem> problems() {
    List<GlobalsProblem> problems = new ArrayList<>();
    for (GlobalScore score : GlobalScore.values()) {
      if (entered.get(score) == null) {
        problems.add(new GlobalsProblem(score, GlobalsProblem.MISSING));
      } else if (rating(score).isEmpty()) {
        problems.add(new GlobalsProblem(score, GlobalsProblem.OUT_OF_RANGE));
      }
    }
    return problems;
  }

  /** All four rated 1 to 5. */
  public boolean isComplete() {
    return problems().isEmpty();
  }

  /** For pages: what was entered for each global, by score. */
  public Map<GlobalScore, Integer> getEntered() {
    return entered;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Globals g && entered.equals(g.entered);
  }

  @Override
  public int hashCode() {
    return entered.hashCode();
  }

  @Override
  public String toString() {
    return "Globals" + entered;
  }
}
