package org.casebook.training.miti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The published thresholds at and around their edges, worked out from counts so that no floating
 * point can push a score exactly on a threshold below it.
 */
class ThresholdTest {

  private static MitiSummary codes(int sr, int cr, int q) {
    List<CodedUtterance> turns = new ArrayList<>();
    int n = 1;
    for (int i = 0; i < sr; i++) {
      turns.add(new CodedUtterance(n++, Behaviour.SIMPLE_REFLECTION));
    }
    for (int i = 0; i < cr; i++) {
      turns.add(new CodedUtterance(n++, Behaviour.COMPLEX_REFLECTION));
    }
    for (int i = 0; i < q; i++) {
      turns.add(new CodedUtterance(n++, Behaviour.QUESTION));
    }
    return MitiSummary.of(turns, Globals.none());
  }

  @ParameterizedTest(name = "SR {0}, CR {1}: {2}% {3}")
  @CsvSource({
    "3, 2, 40.0, FAIR", // exactly 40%
    "6, 4, 40.0, FAIR",
    "601, 399, 39.9, BELOW_FAIR",
    "1501, 999, 39.9, BELOW_FAIR", // 39.96% is shown rounded down, not as 40.0
    "2, 1, 33.3, BELOW_FAIR",
    "1, 1, 50.0, GOOD", // exactly 50%
    "51, 49, 49.0, FAIR",
    "1001, 999, 49.9, FAIR", // 49.95%
    "0, 3, 100.0, GOOD",
    "3, 0, 0.0, BELOW_FAIR"
  })
  void percentComplexReflections(int sr, int cr, String shown, Level level) {
    ScoreResult r = codes(sr, cr, 0).score(SummaryScore.PERCENT_COMPLEX_REFLECTIONS);
    assertEquals(new BigDecimal(shown), r.getShown());
    assertEquals(level, r.level());
  }

  @ParameterizedTest(name = "R {0}, Q {1}: {2} {3}")
  @CsvSource({
    "3, 3, 1.0, FAIR", // exactly 1:1
    "1, 1, 1.0, FAIR",
    "2, 3, 0.6, BELOW_FAIR",
    "99, 100, 0.9, BELOW_FAIR",
    "101, 100, 1.0, FAIR",
    "6, 3, 2.0, GOOD", // exactly 2:1
    "199, 100, 1.9, FAIR", // 1.99 is shown as 1.9, not 2.0
    "0, 4, 0.0, BELOW_FAIR"
  })
  void reflectionToQuestionRatio(int reflections, int questions, String shown, Level level) {
    ScoreResult r =
        codes(reflections, 0, questions).score(SummaryScore.REFLECTION_TO_QUESTION_RATIO);
    assertEquals(new BigDecimal(shown), r.getShown());
    assertEquals(level, r.level());
  }

  @ParameterizedTest(name = "{0} {1} and {2}: {3} {4}")
  @CsvSource({
    "TECHNICAL_GLOBAL, 3, 3, 3.0, FAIR",
    "TECHNICAL_GLOBAL, 3, 2, 2.5, BELOW_FAIR",
    "TECHNICAL_GLOBAL, 4, 3, 3.5, FAIR",
    "TECHNICAL_GLOBAL, 4, 4, 4.0, GOOD",
    "TECHNICAL_GLOBAL, 5, 3, 4.0, GOOD",
    "TECHNICAL_GLOBAL, 1, 1, 1.0, BELOW_FAIR",
    "RELATIONAL_GLOBAL, 4, 3, 3.5, FAIR", // exactly fair
    "RELATIONAL_GLOBAL, 3, 3, 3.0, BELOW_FAIR",
    "RELATIONAL_GLOBAL, 2, 4, 3.0, BELOW_FAIR",
    "RELATIONAL_GLOBAL, 4, 4, 4.0, GOOD",
    "RELATIONAL_GLOBAL, 5, 3, 4.0, GOOD",
    "RELATIONAL_GLOBAL, 5, 5, 5.0, GOOD"
  })
  void globalMeans(SummaryScore score, int first, int second, String shown, Level level) {
    Globals globals =
        score == SummaryScore.TECHNICAL_GLOBAL
            ? Globals.of(first, second, null, null)
            : Globals.of(null, null, first, second);
    ScoreResult r = MitiSummary.of(List.of(), globals).score(score);
    assertEquals(new BigDecimal(shown), r.getShown());
    assertEquals(level, r.level());
  }

  @Test
  void thePublishedThresholds() {
    assertEquals(threshold(3, 1, 4, 1), SummaryScore.TECHNICAL_GLOBAL.threshold());
    assertEquals(threshold(7, 2, 4, 1), SummaryScore.RELATIONAL_GLOBAL.threshold());
    assertEquals(threshold(40, 100, 50, 100), SummaryScore.PERCENT_COMPLEX_REFLECTIONS.threshold());
    assertEquals(threshold(1, 1, 2, 1), SummaryScore.REFLECTION_TO_QUESTION_RATIO.threshold());
    assertEquals(Optional.empty(), SummaryScore.TOTAL_MI_ADHERENT.threshold());
    assertEquals(Optional.empty(), SummaryScore.TOTAL_MI_NON_ADHERENT.threshold());
  }

  private static Optional<Threshold> threshold(int fn, int fd, int gn, int gd) {
    return Optional.of(new Threshold(new Fraction(fn, fd), new Fraction(gn, gd)));
  }

  @Test
  void fractionsAreKeptInLowestTermsAndComparedExactly() {
    assertEquals(new Fraction(2, 5), new Fraction(40, 100));
    assertEquals(new Fraction(-1, 3), new Fraction(2, -6));
    assertEquals(new Fraction(0, 1), new Fraction(0, -7));
    assertEquals(0, new Fraction(1, 10).compareTo(new Fraction(3, 30)));
    assertEquals(Optional.empty(), Fraction.of(3, 0));
    assertThrows(IllegalArgumentException.class, () -> new Fraction(1, 0));
    assertEquals(new BigDecimal("-0.34"), new Fraction(-1, 3).decimal(2), "down is down");
    assertEquals("7/2", new Fraction(7, 2).toString());
  }

  @Test
  void noScoreIsNoDataAndGoodMayNotBeBelowFair() {
    Threshold t = new Threshold(Fraction.whole(1), Fraction.whole(2));
    assertEquals(Level.NO_DATA, t.levelOf(Optional.empty()));
    assertThrows(
        IllegalArgumentException.class, () -> new Threshold(Fraction.whole(2), Fraction.whole(1)));
  }
}
