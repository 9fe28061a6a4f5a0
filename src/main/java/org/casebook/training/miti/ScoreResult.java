package org.casebook.training.miti;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One summary score of one coding: its exact value (none when it cannot be worked out) and how it
 * stands against the thresholds.
 */
public final class ScoreResult {

  private final SummaryScore score;
  private final Fraction value;
  private final Level level;

  ScoreResult(SummaryScore score, Optional<Fraction> value) {
    this.score = Objects.requireNonNull(score, "score");
    this.value = value.orElse(null);
    this.level = score.levelOf(value);
  }

  public SummaryScore score() {
    return score;
  }

  /** The exact value; empty for "no data", never 0 in its place. */
  public Optional<Fraction> value() {
    return Optional.ofNullable(value);
  }

  /** The value as shown (rounded down; a percentage for % complex); empty for "no data". */
  public Optional<BigDecimal> shown() {
    return value().map(score::shown);
  }

  public Level level() {
    return level;
  }

  public boolean hasData() {
    return value != null;
  }

  public SummaryScore getScore() {
    return score;
  }

  /** For pages: the value as shown, or null for "no data". */
  public BigDecimal getShown() {
    return shown().orElse(null);
  }

  public Level getLevel() {
    return level;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreResult r && score == r.score && Objects.equals(value, r.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(score, value);
  }

  @Override
  public String toString() {
    return score + "=" + (value == null ? "no data" : value) + " " + level;
  }
}
