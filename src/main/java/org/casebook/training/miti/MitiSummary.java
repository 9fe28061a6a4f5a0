package org.casebook.training.miti;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The MITI 4.2.1 summary of one coding: how many times each behaviour code was given, and the six
 * summary scores with their levels (see {@link SummaryScore} for the formulas and thresholds).
 *
 * <p>It counts the codes it is given as they are: check {@link Coding#problems(Transcript)} first,
 * so that a code given twice in one turn is put right rather than counted twice. A score that
 * cannot be worked out (no reflections, no questions, a global not rated) has no value and the
 * level {@link Level#NO_DATA}; it is never 0, NaN or infinity.
 */
public final class MitiSummary {

  private final Map<Behaviour, Integer> counts;
  private final Globals globals;
  private final Map<SummaryScore, ScoreResult> scores;

  private MitiSummary(Map<Behaviour, Integer> counts, Globals globals) {
    this.counts = Collections.unmodifiableMap(counts);
    this.globals = globals;
    Map<SummaryScore, ScoreResult> s = new EnumMap<>(SummaryScore.class);
    for (SummaryScore score : SummaryScore.values()) {
      s.put(score, new ScoreResult(score, value(score)));
    }
    this.scores = Collections.unmodifiableMap(s);
  }

  /** The summary of these coded turns and global ratings. */
  public static MitiSummary of(List<CodedUtterance> coded, Globals globals) {
    Map<Behaviour, Integer> counts = new EnumMap<>(Behaviour.class);
    for (Behaviour b : Behaviour.values()) {
      counts.put(b, 0);
    }
    for (CodedUtterance u : coded) {
      for (Behaviour b : u.codes()) {
        counts.merge(b, 1, Integer::sum);
      }
    }
    return new MitiSummary(counts, globals);
  }

  /** The summary of a coder's coding. */
  public static MitiSummary of(Coding coding) {
    return of(coding.utterances(), coding.globals());
  }

  private Optional<Fraction> value(SummaryScore score) {
    return switch (score) {
      case TECHNICAL_GLOBAL ->
          mean(GlobalScore.CULTIVATING_CHANGE_TALK, GlobalScore.SOFTENING_SUSTAIN_TALK);
      case RELATIONAL_GLOBAL -> mean(GlobalScore.PARTNERSHIP, GlobalScore.EMPATHY);
      case PERCENT_COMPLEX_REFLECTIONS ->
          Fraction.of(count(Behaviour.COMPLEX_REFLECTION), reflections());
      case REFLECTION_TO_QUESTION_RATIO -> Fraction.of(reflections(), count(Behaviour.QUESTION));
      case TOTAL_MI_ADHERENT -> Optional.of(Fraction.whole(totalMiAdherent()));
      case TOTAL_MI_NON_ADHERENT -> Optional.of(Fraction.whole(totalMiNonAdherent()));
    };
  }

  private Optional<Fraction> mean(GlobalScore a, GlobalScore b) {
    Optional<Integer> first = globals.rating(a);
    Optional<Integer> second = globals.rating(b);
    return first.isPresent() && second.isPresent()
        ? Fraction.of(first.get() + second.get(), 2)
        : Optional.empty();
  }

  /** How many times the code was given. */
  public int count(Behaviour code) {
    return counts.get(code);
  }

  /** Every code's count, in the order of {@link Behaviour}, 0 for a code not given. */
  public Map<Behaviour, Integer> counts() {
    return counts;
  }

  /** SR + CR. */
  public int reflections() {
    return count(Behaviour.SIMPLE_REFLECTION) + count(Behaviour.COMPLEX_REFLECTION);
  }

  /** Seek + AF + Emphasize. */
  public int totalMiAdherent() {
    return total(Adherence.MI_ADHERENT);
  }

  /** Persuade + Confront (Persuade with Permission is in neither total). */
  public int totalMiNonAdherent() {
    return total(Adherence.MI_NON_ADHERENT);
  }

  private int total(Adherence adherence) {
    int total = 0;
    for (Behaviour b : Behaviour.values()) {
      if (b.getAdherence() == adherence) {
        total += count(b);
      }
    }
    return total;
  }

  /** One summary score: its value and level. */
  public ScoreResult score(SummaryScore score) {
    return scores.get(score);
  }

  /** All six summary scores, in the order of {@link SummaryScore}. */
  public List<ScoreResult> scores() {
    return List.copyOf(scores.values());
  }

  public Globals globals() {
    return globals;
  }

  public Map<Behaviour, Integer> getCounts() {
    return counts;
  }

  public List<ScoreResult> getScores() {
    return scores();
  }
}
