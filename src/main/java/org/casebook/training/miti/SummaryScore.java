package org.casebook.training.miti;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * The MITI 4.2.1's summary scores, with the thresholds the manual publishes for four of them (it
 * publishes none for the two totals).
 *
 * <table>
 *   <caption>Formulas and thresholds</caption>
 *   <tr><th>Score</th><th>Formula</th><th>Fair</th><th>Good</th></tr>
 *   <tr><td>Technical global</td><td>(Cultivating Change Talk + Softening Sustain Talk) / 2</td>
 *       <td>3</td><td>4</td></tr>
 *   <tr><td>Relational global</td><td>(Partnership + Empathy) / 2</td><td>3.5</td><td>4</td></tr>
 *   <tr><td>% complex reflections</td><td>CR / (SR + CR)</td><td>40%</td><td>50%</td></tr>
 *   <tr><td>Reflection to question ratio</td><td>(SR + CR) / Q</td><td>1</td><td>2</td></tr>
 *   <tr><td>Total MI-adherent</td><td>Seek + AF + Emphasize</td><td>–</td><td>–</td></tr>
 *   <tr><td>Total MI-non-adherent</td><td>Persuade + Confront</td><td>–</td><td>–</td></tr>
 * </table>
 *
 * <p>Shown to one decimal place, rounded down (see {@link Fraction}): globals 3.5, % complex
 * reflections 57.1 (per cent), the ratio 2.3 (to 1); the totals as whole numbers.
 */
public enum SummaryScore {
  TECHNICAL_GLOBAL(threshold(3, 1, 4, 1), false),
  RELATIONAL_GLOBAL(threshold(7, 2, 4, 1), false),
  PERCENT_COMPLEX_REFLECTIONS(threshold(2, 5, 1, 2), true),
  REFLECTION_TO_QUESTION_RATIO(threshold(1, 1, 2, 1), false),
  TOTAL_MI_ADHERENT(null, false),
  TOTAL_MI_NON_ADHERENT(null, false);

  /** Decimal places shown for scores that are not counts. */
  public static final int PLACES = 1;

  private final Threshold threshold;
  private final boolean percent;

  SummaryScore(Threshold threshold, boolean percent) {
    this.threshold = threshold;
    this.percent = percent;
  }

  private static Threshold threshold(int fairN, int fairD, int goodN, int goodD) {
    return new Threshold(new Fraction(fairN, fairD), new Fraction(goodN, goodD));
  }

  /** The published fair and good thresholds; empty for the totals. */
  public Optional<Threshold> threshold() {
    return Optional.ofNullable(threshold);
  }

  /** How a score stands; {@link Level#NO_THRESHOLD} for the totals, whatever their value. */
  public Level levelOf(Optional<Fraction> score) {
    return threshold == null ? Level.NO_THRESHOLD : threshold.levelOf(score);
  }

  /** Shown as a percentage (% complex reflections, kept as a fraction of 1 inside). */
  public boolean isPercent() {
    return percent;
  }

  /** Whether it is a count, shown as a whole number. */
  public boolean isCount() {
    return threshold == null;
  }

  /** The score as shown: a percentage for % complex, rounded down to {@link #PLACES}. */
  public BigDecimal shown(Fraction score) {
    if (isCount()) {
      return score.decimal(0);
    }
    return percent ? score.percent(PLACES) : score.decimal(PLACES);
  }

  public String getNameKey() {
    return key() + ".name";
  }

  /** What the score tells a trainee. */
  public String getDescriptionKey() {
    return key() + ".description";
  }

  /** How it is worked out, in words. */
  public String getFormulaKey() {
    return key() + ".formula";
  }

  /** "Fair from 3.5, good from 4"; for the totals, that the MITI sets none. */
  public String getThresholdKey() {
    return key() + ".threshold";
  }

  /** The value with its unit ("{0}%", "{0}:1"). */
  public String getValueKey() {
    return key() + ".value";
  }

  /** Why there is no score yet ("No questions were coded, so there is no ratio."). */
  public String getNoDataKey() {
    return key() + ".noData";
  }

  private String key() {
    return "miti.summary." + name().toLowerCase(Locale.ROOT);
  }
}
