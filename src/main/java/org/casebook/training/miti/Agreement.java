package org.casebook.training.miti;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * How two coders of the same transcript agree: turn by turn, code by code, on one label a turn
 * (Cohen's kappa) and on the four globals.
 *
 * <p>Two coders agree on a turn when they gave it the same codes, in any order (a turn neither
 * coded is agreement too). Cohen's kappa takes each turn's set of codes as its one label ("CR + Q"
 * is one label, "no code" another), so it counts agreement exactly as the turn-by-turn view does
 * and only adds the allowance for chance: coders who agree on every turn have a kappa of 1 whatever
 * order they entered the codes in. Kappa is (p<sub>o</sub> − p<sub>e</sub>) / (1 − p<sub>e</sub>),
 * worked out exactly; it has no value when there are no turns or when chance agreement is already 1
 * (both coders gave every turn the same single label). On the globals, the MITI's convention is
 * that ratings more than a point apart are a disagreement to talk through.
 */
public final class Agreement {

  /** Global ratings further apart than this are a disagreement to discuss. */
  public static final int GLOBAL_TOLERANCE = 1;

  /** The codes each coder gave one practitioner turn. */
  public record UtteranceAgreement(
      int utteranceNumber, List<Behaviour> coderA, List<Behaviour> coderB) {

    public UtteranceAgreement {
      coderA = List.copyOf(coderA);
      coderB = List.copyOf(coderB);
    }

    /** The same codes, whatever their order. */
    public boolean agree() {
      return coderA.stream().sorted().toList().equals(coderB.stream().sorted().toList());
    }

    public int getUtteranceNumber() {
      return utteranceNumber;
    }

    public List<Behaviour> getCoderA() {
      return coderA;
    }

    public List<Behaviour> getCoderB() {
      return coderB;
    }

    public boolean isAgree() {
      return agree();
    }
  }

  /** How many times each coder gave one code. */
  public record BehaviourCounts(Behaviour behaviour, int coderA, int coderB) {

    /** A's count less B's. */
    public int difference() {
      return coderA - coderB;
    }

    public Behaviour getBehaviour() {
      return behaviour;
    }

    public int getCoderA() {
      return coderA;
    }

    public int getCoderB() {
      return coderB;
    }

    public int getDifference() {
      return difference();
    }
  }

  /** Each coder's rating of one global; null where it was not rated 1 to 5. */
  public record GlobalComparison(GlobalScore score, Integer coderA, Integer coderB) {

    /** A's rating less B's; empty unless both rated it. */
    public Optional<Integer> difference() {
      return coderA == null || coderB == null ? Optional.empty() : Optional.of(coderA - coderB);
    }

    /** More than {@link #GLOBAL_TOLERANCE} apart: a disagreement to talk through. */
    public boolean toDiscuss() {
      return difference().map(d -> Math.abs(d) > GLOBAL_TOLERANCE).orElse(false);
    }

    public GlobalScore getScore() {
      return score;
    }

    public Integer getCoderA() {
      return coderA;
    }

    public Integer getCoderB() {
      return coderB;
    }

    /** For pages: the difference, or null unless both rated it. */
    public Integer getDifference() {
      return difference().orElse(null);
    }

    public boolean isToDiscuss() {
      return toDiscuss();
    }
  }

  private final List<UtteranceAgreement> utterances;
  private final List<BehaviourCounts> behaviours;
  private final List<GlobalComparison> globals;

  private Agreement(List<Integer> numbers, Coding a, Coding b) {
    List<UtteranceAgreement> u = new ArrayList<>();
    for (int n : numbers) {
      u.add(new UtteranceAgreement(n, a.codes(n), b.codes(n)));
    }
    this.utterances = List.copyOf(u);
    List<BehaviourCounts> counts = new ArrayList<>();
    for (Behaviour code : Behaviour.values()) {
      int inA = 0;
      int inB = 0;
      for (UtteranceAgreement turn : utterances) {
        inA += (int) turn.coderA().stream().filter(code::equals).count();
        inB += (int) turn.coderB().stream().filter(code::equals).count();
      }
      counts.add(new BehaviourCounts(code, inA, inB));
    }
    this.behaviours = List.copyOf(counts);
    List<GlobalComparison> g = new ArrayList<>();
    for (GlobalScore score : GlobalScore.values()) {
      g.add(
          new GlobalComparison(
              score,
              a.globals().rating(score).orElse(null),
              b.globals().rating(score).orElse(null)));
    }
    this.globals = List.copyOf(g);
  }

  /**
   * Two codings of this transcript compared over its practitioner turns. Codes either coder gave to
   * the person's turns, or to turns the transcript does not have, are left out (see {@link
   * Coding#problems(Transcript)}).
   */
  public static Agreement between(Transcript transcript, Coding a, Coding b) {
    return new Agreement(
        transcript.practitionerUtterances().stream().map(Utterance::number).toList(), a, b);
  }

  /**
   * Two codings compared over every turn either of them lists (with or without codes). Without the
   * transcript, a practitioner turn neither coding lists is not counted: prefer {@link
   * #between(Transcript, Coding, Coding)} where the transcript is to hand.
   */
  public static Agreement between(Coding a, Coding b) {
    TreeSet<Integer> numbers = new TreeSet<>();
    a.utterances().forEach(u -> numbers.add(u.utteranceNumber()));
    b.utterances().forEach(u -> numbers.add(u.utteranceNumber()));
    return new Agreement(List.copyOf(numbers), a, b);
  }

  /** Every practitioner turn compared, in order. */
  public List<UtteranceAgreement> utterances() {
    return utterances;
  }

  /** The turns the coders coded differently, in order: the ones to talk through. */
  public List<UtteranceAgreement> disagreements() {
    return utterances.stream().filter(u -> !u.agree()).toList();
  }

  /** How many turns were compared. */
  public int compared() {
    return utterances.size();
  }

  /** How many turns the coders coded the same. */
  public int agreed() {
    return compared() - disagreements().size();
  }

  /** Turns agreed over turns compared; empty when there were none. */
  public Optional<Fraction> proportionAgreed() {
    return Fraction.of(agreed(), compared());
  }

  /** {@link #proportionAgreed()} as a percentage to one decimal place, rounded down. */
  public Optional<BigDecimal> percentAgreed() {
    return proportionAgreed().map(f -> f.percent(SummaryScore.PLACES));
  }

  /**
   * Cohen's kappa with each turn's set of codes as its label; empty when it is not defined. Exact:
   * kappa = (n·agreed − Σ a<sub>k</sub>b<sub>k</sub>) / (n² − Σ a<sub>k</sub>b<sub>k</sub>), where
   * a<sub>k</sub> and b<sub>k</sub> are how many turns each coder gave the label k.
   */
  public Optional<Fraction> kappa() {
    long n = compared();
    Map<List<Behaviour>, Long> byA = new HashMap<>();
    Map<List<Behaviour>, Long> byB = new HashMap<>();
    for (UtteranceAgreement u : utterances) {
      byA.merge(u.coderA().stream().sorted().toList(), 1L, Long::sum);
      byB.merge(u.coderB().stream().sorted().toList(), 1L, Long::sum);
    }
    long chance = 0;
    for (Map.Entry<List<Behaviour>, Long> e : byA.entrySet()) {
      chance += e.getValue() * byB.getOrDefault(e.getKey(), 0L);
    }
    return Fraction.of(n * agreed() - chance, n * n - chance);
  }

  /** Kappa to two decimal places, rounded down; empty when it is not defined. */
  public Optional<BigDecimal> kappaShown() {
    return kappa().map(k -> k.decimal(2));
  }

  /** Each code's count by each coder over the turns compared, in the order of {@link Behaviour}. */
  public List<BehaviourCounts> behaviours() {
    return behaviours;
  }

  /** Each global's two ratings, in the MITI's order. */
  public List<GlobalComparison> globals() {
    return globals;
  }

  /** The globals rated more than a point apart. */
  public List<GlobalComparison> globalsToDiscuss() {
    return globals.stream().filter(GlobalComparison::toDiscuss).toList();
  }

  public int getCompared() {
    return compared();
  }

  public int getAgreed() {
    return agreed();
  }

  /** For pages: the percentage agreed as shown, or null with no turns. */
  public BigDecimal getPercentAgreed() {
    return percentAgreed().orElse(null);
  }

  /** For pages: kappa as shown, or null where it is not defined. */
  public BigDecimal getKappa() {
    return kappaShown().orElse(null);
  }

  public List<UtteranceAgreement> getUtterances() {
    return utterances;
  }

  public List<UtteranceAgreement> getDisagreements() {
    return disagreements();
  }

  public List<BehaviourCounts> getBehaviours() {
    return behaviours;
  }

  public List<GlobalComparison> getGlobals() {
    return globals;
  }
}
