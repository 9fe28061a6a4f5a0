package org.casebook.training.miti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The summary scores stay in range, and what is shown never crosses a threshold the score did not.
 */
class MitiSummaryProperties {

  @Provide
  Arbitrary<List<CodedUtterance>> coded() {
    return Arbitraries.of(Behaviour.class)
        .list()
        .ofMaxSize(4)
        .list()
        .ofMaxSize(60)
        .map(
            turns -> {
              List<CodedUtterance> coded = new ArrayList<>();
              for (int i = 0; i < turns.size(); i++) {
                coded.add(new CodedUtterance(2 * i + 1, turns.get(i)));
              }
              return coded;
            });
  }

  @Provide
  Arbitrary<Globals> globals() {
    Arbitrary<Integer> rating = Arbitraries.integers().between(0, 6).injectNull(0.1);
    return Combinators.combine(rating, rating, rating, rating).as(Globals::of);
  }

  @Property(tries = 500)
  void percentComplexIsBetweenNoneAndAll(@ForAll("coded") List<CodedUtterance> coded) {
    ScoreResult r =
        MitiSummary.of(coded, Globals.none()).score(SummaryScore.PERCENT_COMPLEX_REFLECTIONS);
    r.value()
        .ifPresent(
            v -> {
              assertTrue(v.atLeast(Fraction.whole(0)) && Fraction.whole(1).atLeast(v), v::toString);
              BigDecimal shown = r.getShown();
              assertTrue(shown.signum() >= 0 && shown.compareTo(BigDecimal.valueOf(100)) <= 0);
            });
  }

  @Property(tries = 500)
  void theRatioIsNeverNegativeAndHasNoValueWithoutQuestions(
      @ForAll("coded") List<CodedUtterance> coded) {
    MitiSummary s = MitiSummary.of(coded, Globals.none());
    ScoreResult r = s.score(SummaryScore.REFLECTION_TO_QUESTION_RATIO);
    assertEquals(s.count(Behaviour.QUESTION) == 0, r.value().isEmpty());
    r.value().ifPresent(v -> assertTrue(v.atLeast(Fraction.whole(0))));
  }

  @Property(tries = 500)
  void theShownValueIsNeverAboveTheScoreAndStandsAtTheSameLevel(
      @ForAll("coded") List<CodedUtterance> coded, @ForAll("globals") Globals globals) {
    for (ScoreResult r : MitiSummary.of(coded, globals).scores()) {
      if (r.value().isEmpty()) {
        assertEquals(r.score().isCount() ? Level.NO_THRESHOLD : Level.NO_DATA, r.level());
        continue;
      }
      Fraction exact = r.value().get();
      BigDecimal shown = r.getShown();
      BigDecimal asFraction = r.score().isPercent() ? shown.movePointLeft(2) : shown;
      Fraction shownExactly =
          new Fraction(
              asFraction.unscaledValue().longValueExact(),
              BigDecimal.ONE.movePointRight(asFraction.scale()).longValueExact());
      assertTrue(exact.atLeast(shownExactly), r.toString());
      assertEquals(r.level(), r.score().levelOf(Optional.of(shownExactly)), r.toString());
    }
  }

  @Property(tries = 300)
  void countsAddUpAndTheTotalsAreTheirParts(@ForAll("coded") List<CodedUtterance> coded) {
    MitiSummary s = MitiSummary.of(coded, Globals.none());
    int given = coded.stream().mapToInt(u -> u.codes().size()).sum();
    assertEquals(given, s.counts().values().stream().mapToInt(Integer::intValue).sum());
    assertEquals(
        s.count(Behaviour.SEEKING_COLLABORATION)
            + s.count(Behaviour.AFFIRM)
            + s.count(Behaviour.EMPHASISING_AUTONOMY),
        s.totalMiAdherent());
    assertEquals(s.count(Behaviour.PERSUADE) + s.count(Behaviour.CONFRONT), s.totalMiNonAdherent());
  }

  @Property(tries = 300)
  void theOrderOfTurnsMakesNoDifference(
      @ForAll("coded") List<CodedUtterance> coded,
      @ForAll("globals") Globals globals,
      @ForAll long seed) {
    List<CodedUtterance> shuffled = new ArrayList<>(coded);
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(
        MitiSummary.of(coded, globals).scores(), MitiSummary.of(shuffled, globals).scores());
  }

  @Property(tries = 300)
  void theGlobalMeansStayBetweenOneAndFive(@ForAll("globals") Globals globals) {
    MitiSummary s = MitiSummary.of(List.of(), globals);
    for (SummaryScore score :
        List.of(SummaryScore.TECHNICAL_GLOBAL, SummaryScore.RELATIONAL_GLOBAL)) {
      s.score(score)
          .value()
          .ifPresent(v -> assertTrue(v.atLeast(Fraction.whole(1)) && Fraction.whole(5).atLeast(v)));
    }
  }
}
