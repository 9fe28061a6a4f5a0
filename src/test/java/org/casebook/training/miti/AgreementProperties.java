package org.casebook.training.miti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Agreement between two coders is symmetric, complete with oneself, and kappa stays in range. */
class AgreementProperties {

  /** Two codings of the same practitioner turns, 1 to n, from a small set of codes. */
  record Pair(Coding a, Coding b) {}

  private static Arbitrary<Coding> coding(int turns) {
    Arbitrary<List<Behaviour>> codes =
        Arbitraries.of(
                Behaviour.QUESTION,
                Behaviour.SIMPLE_REFLECTION,
                Behaviour.COMPLEX_REFLECTION,
                Behaviour.AFFIRM)
            .set()
            .ofMaxSize(2)
            .map(ArrayList::new);
    Arbitrary<Integer> rating = Arbitraries.integers().between(1, 5).injectNull(0.2);
    Arbitrary<Globals> globals =
        Combinators.combine(rating, rating, rating, rating).as(Globals::of);
    return Combinators.combine(codes.list().ofSize(turns), globals)
        .as(
            (perTurn, g) -> {
              List<CodedUtterance> coded = new ArrayList<>();
              for (int i = 0; i < perTurn.size(); i++) {
                coded.add(new CodedUtterance(i + 1, perTurn.get(i)));
              }
              return new Coding(coded, g);
            });
  }

  @Provide
  Arbitrary<Pair> pairs() {
    return Arbitraries.integers()
        .between(0, 25)
        .flatMap(n -> Combinators.combine(coding(n), coding(n)).as(Pair::new));
  }

  @Property(tries = 400)
  void agreementIsTheSameWhicheverCoderComesFirst(@ForAll("pairs") Pair pair) {
    Agreement ab = Agreement.between(pair.a(), pair.b());
    Agreement ba = Agreement.between(pair.b(), pair.a());
    assertEquals(ab.agreed(), ba.agreed());
    assertEquals(ab.proportionAgreed(), ba.proportionAgreed());
    assertEquals(ab.kappa(), ba.kappa());
    assertEquals(numbers(ab.disagreements()), numbers(ba.disagreements()));
    for (int i = 0; i < ab.behaviours().size(); i++) {
      assertEquals(ab.behaviours().get(i).difference(), -ba.behaviours().get(i).difference());
    }
    for (int i = 0; i < ab.globals().size(); i++) {
      assertEquals(ab.globals().get(i).difference(), ba.globals().get(i).difference().map(d -> -d));
      assertEquals(ab.globals().get(i).toDiscuss(), ba.globals().get(i).toDiscuss());
    }
  }

  private static List<Integer> numbers(List<Agreement.UtteranceAgreement> turns) {
    return turns.stream().map(Agreement.UtteranceAgreement::utteranceNumber).toList();
  }

  @Property(tries = 300)
  void aCodingAgreesCompletelyWithItself(@ForAll("pairs") Pair pair) {
    Agreement self = Agreement.between(pair.a(), pair.a());
    assertEquals(self.compared(), self.agreed());
    assertEquals(List.of(), self.disagreements());
    if (self.compared() > 0) {
      assertEquals(Optional.of(Fraction.whole(1)), self.proportionAgreed());
    }
    self.kappa().ifPresent(k -> assertEquals(Fraction.whole(1), k));
    long labels = pair.a().utterances().stream().map(CodedUtterance::sorted).distinct().count();
    assertEquals(labels >= 2, self.kappa().isPresent(), "undefined only with one label or none");
    self.globals().forEach(g -> assertTrue(!g.toDiscuss()));
  }

  @Property(tries = 400)
  void kappaIsAtMostOneAndAgreementAPercentage(@ForAll("pairs") Pair pair) {
    Agreement a = Agreement.between(pair.a(), pair.b());
    a.kappa().ifPresent(k -> assertTrue(Fraction.whole(1).atLeast(k), k::toString));
    a.kappa().ifPresent(k -> assertTrue(k.atLeast(Fraction.whole(-1)), k::toString));
    a.proportionAgreed()
        .ifPresent(p -> assertTrue(p.atLeast(Fraction.whole(0)) && Fraction.whole(1).atLeast(p)));
    assertEquals(a.compared() - a.agreed(), a.disagreements().size());
  }

  @Property(tries = 300)
  void theOrderOfCodesInATurnMakesNoDifference(@ForAll("pairs") Pair pair, @ForAll long seed) {
    Random random = new Random(seed);
    List<CodedUtterance> reordered = new ArrayList<>();
    for (CodedUtterance u : pair.b().utterances()) {
      List<Behaviour> codes = new ArrayList<>(u.codes());
      Collections.shuffle(codes, random);
      reordered.add(new CodedUtterance(u.utteranceNumber(), codes));
    }
    Coding b = new Coding(reordered, pair.b().globals());
    Agreement before = Agreement.between(pair.a(), pair.b());
    Agreement after = Agreement.between(pair.a(), b);
    assertEquals(before.agreed(), after.agreed());
    assertEquals(before.kappa(), after.kappa());
  }
}
