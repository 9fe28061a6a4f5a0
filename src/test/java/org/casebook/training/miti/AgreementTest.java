package org.casebook.training.miti;

import static org.casebook.training.miti.Behaviour.AFFIRM;
import static org.casebook.training.miti.Behaviour.COMPLEX_REFLECTION;
import static org.casebook.training.miti.Behaviour.GIVING_INFORMATION;
import static org.casebook.training.miti.Behaviour.QUESTION;
import static org.casebook.training.miti.Behaviour.SIMPLE_REFLECTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.casebook.training.miti.Agreement.BehaviourCounts;
import org.casebook.training.miti.Agreement.GlobalComparison;
import org.junit.jupiter.api.Test;

/** Two coders of one transcript, against a hand-worked example. */
class AgreementTest {

  /** Ten practitioner turns, numbered 1 to 10 for the hand count. */
  private static final Coding FIRST =
      new Coding(
          List.of(
              new CodedUtterance(1, QUESTION),
              new CodedUtterance(2, SIMPLE_REFLECTION),
              new CodedUtterance(3, COMPLEX_REFLECTION, QUESTION),
              new CodedUtterance(4, QUESTION, SIMPLE_REFLECTION),
              new CodedUtterance(5, AFFIRM),
              new CodedUtterance(6),
              new CodedUtterance(7, SIMPLE_REFLECTION),
              new CodedUtterance(8, QUESTION),
              new CodedUtterance(9, COMPLEX_REFLECTION),
              new CodedUtterance(10, GIVING_INFORMATION)),
          Globals.of(4, 3, 4, 4));

  private static final Coding SECOND =
      new Coding(
          List.of(
              new CodedUtterance(1, QUESTION),
              new CodedUtterance(2, COMPLEX_REFLECTION),
              new CodedUtterance(3, QUESTION, COMPLEX_REFLECTION),
              new CodedUtterance(4, QUESTION),
              new CodedUtterance(5, AFFIRM),
              new CodedUtterance(6),
              new CodedUtterance(7, SIMPLE_REFLECTION),
              new CodedUtterance(8, SIMPLE_REFLECTION, QUESTION),
              new CodedUtterance(9, COMPLEX_REFLECTION),
              new CodedUtterance(10, GIVING_INFORMATION)),
          Globals.of(2, 4, 5, null));

  @Test
  void turnsAgreeWhenTheyHaveTheSameCodesInAnyOrder() {
    Agreement a = Agreement.between(FIRST, SECOND);
    assertEquals(10, a.compared());
    assertEquals(7, a.agreed(), "turn 3 agrees: the same codes in another order");
    assertEquals(
        List.of(2, 4, 8), a.disagreements().stream().map(u -> u.utteranceNumber()).toList());
    assertEquals(List.of(QUESTION, SIMPLE_REFLECTION), a.disagreements().get(1).coderA());
    assertEquals(List.of(QUESTION), a.disagreements().get(1).coderB());
    assertTrue(a.utterances().get(5).agree(), "turn 6: neither gave a code");
    assertEquals(Optional.of(new Fraction(7, 10)), a.proportionAgreed());
    assertEquals(Optional.of(new BigDecimal("70.0")), a.percentAgreed());
  }

  @Test
  void kappaOnEachTurnsSetOfCodesWorkedOutByHand() {
    // Labels, A: Q SR CR+Q Q+SR AF – SR Q CR GI; B: Q CR CR+Q Q AF – SR Q+SR CR GI.
    // Same on 7 of 10: p_o = 0.7.
    // A: Q 2, SR 2, CR+Q 1, Q+SR 1, AF 1, – 1, CR 1, GI 1.
    // B: Q 2, SR 1, CR+Q 1, Q+SR 1, AF 1, – 1, CR 2, GI 1.
    // p_e = (2·2 + 2·1 + 1 + 1 + 1 + 1 + 1·2 + 1) / 100 = 0.13.
    // kappa = (0.7 − 0.13) / (1 − 0.13) = 0.57 / 0.87 = 19/29 = 0.655…
    Agreement a = Agreement.between(FIRST, SECOND);
    assertEquals(Optional.of(new Fraction(19, 29)), a.kappa());
    assertEquals(Optional.of(new BigDecimal("0.65")), a.kappaShown());
  }

  @Test
  void theOrderCodesWereEnteredInMakesNoDifferenceToKappa() {
    Coding a =
        new Coding(
            List.of(
                new CodedUtterance(1, QUESTION, COMPLEX_REFLECTION), new CodedUtterance(2, AFFIRM)),
            Globals.none());
    Coding b =
        new Coding(
            List.of(
                new CodedUtterance(1, COMPLEX_REFLECTION, QUESTION), new CodedUtterance(2, AFFIRM)),
            Globals.none());
    assertEquals(Optional.of(Fraction.whole(1)), Agreement.between(a, b).kappa());
  }

  @Test
  void eachCodesCountByEachCoder() {
    Agreement a = Agreement.between(FIRST, SECOND);
    assertEquals(Behaviour.values().length, a.behaviours().size());
    assertEquals(new BehaviourCounts(QUESTION, 4, 4), count(a, QUESTION));
    assertEquals(new BehaviourCounts(SIMPLE_REFLECTION, 3, 2), count(a, SIMPLE_REFLECTION));
    assertEquals(1, count(a, SIMPLE_REFLECTION).difference());
    assertEquals(new BehaviourCounts(COMPLEX_REFLECTION, 2, 3), count(a, COMPLEX_REFLECTION));
    assertEquals(-1, count(a, COMPLEX_REFLECTION).difference());
    assertEquals(0, count(a, Behaviour.CONFRONT).coderA());
  }

  private static BehaviourCounts count(Agreement a, Behaviour code) {
    return a.behaviours().stream().filter(b -> b.behaviour() == code).findFirst().orElseThrow();
  }

  @Test
  void globalsMoreThanAPointApartAreToDiscuss() {
    List<GlobalComparison> g = Agreement.between(FIRST, SECOND).globals();
    assertEquals(new GlobalComparison(GlobalScore.CULTIVATING_CHANGE_TALK, 4, 2), g.get(0));
    assertEquals(Optional.of(2), g.get(0).difference());
    assertTrue(g.get(0).toDiscuss(), "2 points apart");
    assertEquals(Optional.of(-1), g.get(1).difference());
    assertFalse(g.get(1).toDiscuss(), "a point apart is close enough");
    assertFalse(g.get(2).toDiscuss());
    assertEquals(new GlobalComparison(GlobalScore.EMPATHY, 4, null), g.get(3));
    assertEquals(Optional.empty(), g.get(3).difference());
    assertNull(g.get(3).getDifference());
    assertFalse(g.get(3).toDiscuss());
    assertEquals(
        List.of(GlobalScore.CULTIVATING_CHANGE_TALK),
        Agreement.between(FIRST, SECOND).globalsToDiscuss().stream()
            .map(GlobalComparison::score)
            .toList());
  }

  @Test
  void withTheTranscriptEveryPractitionerTurnIsComparedAndNothingElse() {
    Transcript t =
        Transcript.parse("Worker: A.\nPerson: B.\nWorker: C.\nPerson: D.\nWorker: E.")
            .transcript()
            .orElseThrow();
    Coding a = new Coding(List.of(new CodedUtterance(1, QUESTION)), Globals.none());
    Coding b =
        new Coding(
            List.of(
                new CodedUtterance(1, QUESTION),
                new CodedUtterance(2, AFFIRM),
                new CodedUtterance(9, AFFIRM)),
            Globals.none());
    Agreement agreement = Agreement.between(t, a, b);
    assertEquals(
        List.of(1, 3, 5), agreement.utterances().stream().map(u -> u.utteranceNumber()).toList());
    assertEquals(3, agreement.agreed(), "turns 3 and 5: neither coded them");
    assertEquals(0, count(agreement, AFFIRM).coderB(), "codes on the person's turns are left out");
    // Labels Q, none, none from both: p_o = 1, p_e = (1 + 4) / 9; kappa = 1.
    assertEquals(Optional.of(Fraction.whole(1)), agreement.kappa());
  }

  @Test
  void kappaHasNoValueWithoutTurnsOrWhenEveryTurnHasTheSameSingleLabel() {
    Coding none = new Coding(List.of(), Globals.none());
    Agreement empty = Agreement.between(none, none);
    assertEquals(0, empty.compared());
    assertEquals(Optional.empty(), empty.kappa());
    assertEquals(Optional.empty(), empty.proportionAgreed());

    Coding allQuestions =
        new Coding(
            List.of(new CodedUtterance(1, QUESTION), new CodedUtterance(3, QUESTION)),
            Globals.none());
    Agreement same = Agreement.between(allQuestions, allQuestions);
    assertEquals(Optional.of(new BigDecimal("100.0")), same.percentAgreed());
    assertEquals(Optional.empty(), same.kappa(), "chance agreement is already 1");
  }

  @Test
  void kappaBelowZeroWhenTheCodersDisagreeMoreThanChance() {
    Coding a =
        new Coding(
            List.of(new CodedUtterance(1, QUESTION), new CodedUtterance(2, AFFIRM)),
            Globals.none());
    Coding b =
        new Coding(
            List.of(new CodedUtterance(1, AFFIRM), new CodedUtterance(2, QUESTION)),
            Globals.none());
    // p_o = 0, p_e = (1·1 + 1·1) / 4 = 0.5: kappa = −0.5 / 0.5 = −1.
    assertEquals(Optional.of(Fraction.whole(-1)), Agreement.between(a, b).kappa());
  }
}
