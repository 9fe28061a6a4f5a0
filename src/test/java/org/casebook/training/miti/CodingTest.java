package org.casebook.training.miti;

import static org.casebook.training.miti.Behaviour.AFFIRM;
import static org.casebook.training.miti.Behaviour.COMPLEX_REFLECTION;
import static org.casebook.training.miti.Behaviour.PERSUADE;
import static org.casebook.training.miti.Behaviour.PERSUADE_WITH_PERMISSION;
import static org.casebook.training.miti.Behaviour.QUESTION;
import static org.casebook.training.miti.Behaviour.SIMPLE_REFLECTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A coder's codes against the MITI's rules for a turn, and against the transcript. */
class CodingTest {

  private static final Transcript TRANSCRIPT =
      Transcript.parse("Worker: A.\nPerson: B.\nWorker: C.\nPerson: D.\nWorker: E.")
          .transcript()
          .orElseThrow();

  private static Coding coding(CodedUtterance... turns) {
    return new Coding(List.of(turns), Globals.none());
  }

  @Test
  void theReferenceCodingOfTheSampleHasNoProblems() {
    Coding reference = AllotmentSample.reference();
    assertEquals(List.of(), reference.problems(AllotmentSample.transcript()));
    assertEquals(List.of(), reference.globals().problems());
  }

  @Test
  void aTurnMayHaveSeveralCodesOrNone() {
    Coding c = coding(new CodedUtterance(1, COMPLEX_REFLECTION, QUESTION), new CodedUtterance(3));
    assertEquals(List.of(), c.problems(TRANSCRIPT));
    assertEquals(List.of(COMPLEX_REFLECTION, QUESTION), c.codes(1));
    assertEquals(List.of(), c.codes(3));
    assertEquals(List.of(), c.codes(5), "a turn left out has no code");
    assertEquals(1, c.utterance(1).orElseThrow().count(QUESTION));
    assertEquals(Optional.empty(), c.utterance(5));
  }

  @Test
  void eachCodeOnceATurn() {
    assertEquals(
        List.of(new CodingProblem(1, CodingProblem.REPEATED_CODE, "Q")),
        coding(new CodedUtterance(1, QUESTION, AFFIRM, QUESTION)).problems());
  }

  @Test
  void oneReflectionATurn() {
    assertEquals(
        List.of(new CodingProblem(3, CodingProblem.TWO_REFLECTIONS)),
        coding(new CodedUtterance(3, SIMPLE_REFLECTION, QUESTION, COMPLEX_REFLECTION)).problems());
  }

  @Test
  void persuadeWithPermissionRatherThanBothPersuades() {
    assertEquals(
        List.of(new CodingProblem(5, CodingProblem.TWO_PERSUADES)),
        coding(new CodedUtterance(5, PERSUADE, PERSUADE_WITH_PERMISSION)).problems());
  }

  @Test
  void aTurnCodedTwice() {
    assertEquals(
        List.of(new CodingProblem(1, CodingProblem.CODED_TWICE)),
        coding(new CodedUtterance(1, QUESTION), new CodedUtterance(1, AFFIRM)).problems());
  }

  @Test
  void codesOnlyOnThePractitionersTurnsThatTheTranscriptHas() {
    Coding c =
        coding(
            new CodedUtterance(6, QUESTION),
            new CodedUtterance(2, AFFIRM),
            new CodedUtterance(4),
            new CodedUtterance(1, QUESTION, QUESTION));
    assertEquals(
        List.of(
            new CodingProblem(1, CodingProblem.REPEATED_CODE, "Q"),
            new CodingProblem(2, CodingProblem.PERSON_CODED),
            new CodingProblem(6, CodingProblem.NO_SUCH_UTTERANCE)),
        c.problems(TRANSCRIPT),
        "in the order of the turns; a person's turn listed with no code is no problem");
    assertTrue(c.problems().stream().noneMatch(p -> p.utteranceNumber() == 6));
  }

  @Test
  void codesAreComparedWhateverTheirOrder() {
    assertEquals(
        new CodedUtterance(1, QUESTION, COMPLEX_REFLECTION).sorted(),
        new CodedUtterance(1, COMPLEX_REFLECTION, QUESTION).sorted());
  }
}
