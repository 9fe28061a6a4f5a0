package org.casebook.training.miti;

import static org.casebook.training.miti.Behaviour.AFFIRM;
import static org.casebook.training.miti.Behaviour.COMPLEX_REFLECTION;
import static org.casebook.training.miti.Behaviour.CONFRONT;
import static org.casebook.training.miti.Behaviour.EMPHASISING_AUTONOMY;
import static org.casebook.training.miti.Behaviour.GIVING_INFORMATION;
import static org.casebook.training.miti.Behaviour.PERSUADE;
import static org.casebook.training.miti.Behaviour.PERSUADE_WITH_PERMISSION;
import static org.casebook.training.miti.Behaviour.QUESTION;
import static org.casebook.training.miti.Behaviour.SEEKING_COLLABORATION;
import static org.casebook.training.miti.Behaviour.SIMPLE_REFLECTION;
import static org.casebook.training.miti.SummaryScore.PERCENT_COMPLEX_REFLECTIONS;
import static org.casebook.training.miti.SummaryScore.REFLECTION_TO_QUESTION_RATIO;
import static org.casebook.training.miti.SummaryScore.RELATIONAL_GLOBAL;
import static org.casebook.training.miti.SummaryScore.TECHNICAL_GLOBAL;
import static org.casebook.training.miti.SummaryScore.TOTAL_MI_ADHERENT;
import static org.casebook.training.miti.SummaryScore.TOTAL_MI_NON_ADHERENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each MITI 4.2.1 summary score worked out by hand. */
class MitiSummaryTest {

  private static MitiSummary summary(Globals globals, CodedUtterance... turns) {
    return MitiSummary.of(List.of(turns), globals);
  }

  private static Optional<Fraction> value(MitiSummary s, SummaryScore score) {
    return s.score(score).value();
  }

  @Test
  void theReferenceCodingOfTheSample() {
    MitiSummary s = MitiSummary.of(AllotmentSample.reference());
    // SR: turns 3, 19, 27; CR: 5, 9, 15, 23; Q: 7, 15, 25.
    assertEquals(3, s.count(SIMPLE_REFLECTION));
    assertEquals(4, s.count(COMPLEX_REFLECTION));
    assertEquals(3, s.count(QUESTION));
    assertEquals(4, s.count(SEEKING_COLLABORATION));
    assertEquals(2, s.count(AFFIRM));
    assertEquals(1, s.count(EMPHASISING_AUTONOMY));
    assertEquals(1, s.count(GIVING_INFORMATION));
    assertEquals(1, s.count(PERSUADE));
    assertEquals(0, s.count(PERSUADE_WITH_PERMISSION));
    assertEquals(1, s.count(CONFRONT));
    assertEquals(10, s.counts().size(), "every code, 0 where not given");

    // (4 + 3) / 2 = 3.5: fair (3), not good (4).
    assertEquals(result(TECHNICAL_GLOBAL, 7, 2, "3.5", Level.FAIR), s.score(TECHNICAL_GLOBAL));
    // (4 + 4) / 2 = 4: good.
    assertEquals(result(RELATIONAL_GLOBAL, 4, 1, "4.0", Level.GOOD), s.score(RELATIONAL_GLOBAL));
    // 4 / (3 + 4) = 57.14…%: good (50%).
    assertEquals(
        result(PERCENT_COMPLEX_REFLECTIONS, 4, 7, "57.1", Level.GOOD),
        s.score(PERCENT_COMPLEX_REFLECTIONS));
    // (3 + 4) / 3 = 2.33…: good (2).
    assertEquals(
        result(REFLECTION_TO_QUESTION_RATIO, 7, 3, "2.3", Level.GOOD),
        s.score(REFLECTION_TO_QUESTION_RATIO));
    // Seek 4 + AF 2 + Emphasize 1; Persuade 1 + Confront 1.
    assertEquals(
        result(TOTAL_MI_ADHERENT, 7, 1, "7", Level.NO_THRESHOLD), s.score(TOTAL_MI_ADHERENT));
    assertEquals(
        result(TOTAL_MI_NON_ADHERENT, 2, 1, "2", Level.NO_THRESHOLD),
        s.score(TOTAL_MI_NON_ADHERENT));
    assertEquals(
        List.of(
            TECHNICAL_GLOBAL,
            RELATIONAL_GLOBAL,
            PERCENT_COMPLEX_REFLECTIONS,
            REFLECTION_TO_QUESTION_RATIO,
            TOTAL_MI_ADHERENT,
            TOTAL_MI_NON_ADHERENT),
        s.scores().stream().map(ScoreResult::score).toList());
  }

  private static ScoreResult result(SummaryScore score, int n, int d, String shown, Level level) {
    ScoreResult r = new ScoreResult(score, Optional.of(new Fraction(n, d)));
    assertEquals(new BigDecimal(shown), r.getShown());
    assertEquals(level, r.level());
    return r;
  }

  @Test
  void technicalGlobalIsTheMeanOfCultivatingChangeTalkAndSofteningSustainTalk() {
    MitiSummary s = summary(Globals.of(5, 2, 1, 1));
    assertEquals(Optional.of(new Fraction(7, 2)), value(s, TECHNICAL_GLOBAL));
    assertEquals(Optional.of(new Fraction(1, 1)), value(s, RELATIONAL_GLOBAL));
    assertEquals(Level.BELOW_FAIR, s.score(RELATIONAL_GLOBAL).level());
  }

  @Test
  void relationalGlobalIsTheMeanOfPartnershipAndEmpathy() {
    MitiSummary s = summary(Globals.of(1, 1, 3, 4));
    assertEquals(Optional.of(new Fraction(7, 2)), value(s, RELATIONAL_GLOBAL));
    assertEquals(Level.FAIR, s.score(RELATIONAL_GLOBAL).level(), "3.5 is exactly fair");
    assertEquals(Level.BELOW_FAIR, s.score(TECHNICAL_GLOBAL).level());
  }

  @Test
  void percentComplexIsComplexOverAllReflections() {
    MitiSummary s =
        summary(
            Globals.none(),
            new CodedUtterance(1, SIMPLE_REFLECTION),
            new CodedUtterance(3, COMPLEX_REFLECTION, QUESTION),
            new CodedUtterance(5, SIMPLE_REFLECTION),
            new CodedUtterance(7, SIMPLE_REFLECTION, QUESTION));
    // 1 / (3 + 1) = 25%; (3 + 1) / 2 = 2.
    assertEquals(Optional.of(new Fraction(1, 4)), value(s, PERCENT_COMPLEX_REFLECTIONS));
    assertEquals(new BigDecimal("25.0"), s.score(PERCENT_COMPLEX_REFLECTIONS).getShown());
    assertEquals(Level.BELOW_FAIR, s.score(PERCENT_COMPLEX_REFLECTIONS).level());
    assertEquals(Optional.of(Fraction.whole(2)), value(s, REFLECTION_TO_QUESTION_RATIO));
    assertEquals(new BigDecimal("2.0"), s.score(REFLECTION_TO_QUESTION_RATIO).getShown());
    assertEquals(Level.GOOD, s.score(REFLECTION_TO_QUESTION_RATIO).level());
  }

  @Test
  void theTotalsCountAdherentAndNonAdherentCodesButNotPersuadingWithPermission() {
    MitiSummary s =
        summary(
            Globals.none(),
            new CodedUtterance(1, AFFIRM, SEEKING_COLLABORATION, EMPHASISING_AUTONOMY),
            new CodedUtterance(3, SEEKING_COLLABORATION, PERSUADE_WITH_PERMISSION),
            new CodedUtterance(5, PERSUADE, CONFRONT),
            new CodedUtterance(7, CONFRONT, GIVING_INFORMATION));
    assertEquals(4, s.totalMiAdherent());
    assertEquals(3, s.totalMiNonAdherent());
    assertEquals(Optional.of(Fraction.whole(4)), value(s, TOTAL_MI_ADHERENT));
    assertEquals(Optional.of(Fraction.whole(3)), value(s, TOTAL_MI_NON_ADHERENT));
  }

  @Test
  void noReflectionsNoQuestionsAndNoGlobalsAreNoDataNeverZero() {
    MitiSummary s = summary(Globals.none(), new CodedUtterance(1, GIVING_INFORMATION));
    for (SummaryScore score :
        List.of(
            TECHNICAL_GLOBAL,
            RELATIONAL_GLOBAL,
            PERCENT_COMPLEX_REFLECTIONS,
            REFLECTION_TO_QUESTION_RATIO)) {
      ScoreResult r = s.score(score);
      assertEquals(Optional.empty(), r.value(), score.name());
      assertEquals(Optional.empty(), r.shown(), score.name());
      assertNull(r.getShown());
      assertFalse(r.hasData());
      assertEquals(Level.NO_DATA, r.level(), score.name());
    }
    assertEquals(Optional.of(Fraction.whole(0)), value(s, TOTAL_MI_ADHERENT), "a count is 0");
    assertEquals(Level.NO_THRESHOLD, s.score(TOTAL_MI_ADHERENT).level());
  }

  @Test
  void reflectionsWithoutQuestionsHaveAPercentageButNoRatio() {
    MitiSummary s = summary(Globals.none(), new CodedUtterance(1, COMPLEX_REFLECTION));
    assertEquals(Optional.of(Fraction.whole(1)), value(s, PERCENT_COMPLEX_REFLECTIONS));
    assertEquals(new BigDecimal("100.0"), s.score(PERCENT_COMPLEX_REFLECTIONS).getShown());
    assertEquals(Level.NO_DATA, s.score(REFLECTION_TO_QUESTION_RATIO).level());
  }

  @Test
  void questionsWithoutReflectionsGiveARatioOfZeroButNoPercentage() {
    MitiSummary s = summary(Globals.none(), new CodedUtterance(1, QUESTION));
    assertEquals(Optional.of(Fraction.whole(0)), value(s, REFLECTION_TO_QUESTION_RATIO));
    assertEquals(Level.BELOW_FAIR, s.score(REFLECTION_TO_QUESTION_RATIO).level());
    assertEquals(Level.NO_DATA, s.score(PERCENT_COMPLEX_REFLECTIONS).level());
  }

  @Test
  void aGlobalNotRatedOrOutOfRangeLeavesItsMeanWithoutAScore() {
    MitiSummary s = summary(Globals.of(4, null, 4, 9));
    assertEquals(Level.NO_DATA, s.score(TECHNICAL_GLOBAL).level());
    assertEquals(Level.NO_DATA, s.score(RELATIONAL_GLOBAL).level());
    MitiSummary half = summary(Globals.of(4, 4, null, null));
    assertEquals(Level.GOOD, half.score(TECHNICAL_GLOBAL).level());
    assertEquals(Level.NO_DATA, half.score(RELATIONAL_GLOBAL).level());
  }
}
