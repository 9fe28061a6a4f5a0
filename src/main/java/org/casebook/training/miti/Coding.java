package org.casebook.training.miti;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One coder's coding of one transcript: the codes turn by turn and the four global ratings. A
 * practitioner turn left out is a turn with no code.
 *
 * @param utterances the coded turns, in any order
 * @param globals the global ratings so far
 */
public record Coding(List<CodedUtterance> utterances, Globals globals) {

  public Coding {
    utterances = List.copyOf(utterances);
    Objects.requireNonNull(globals, "globals");
  }

  /** The codes given this turn, in the order given; empty when it was not coded. */
  public List<Behaviour> codes(int utteranceNumber) {
    return utterances.stream()
        .filter(u -> u.utteranceNumber() == utteranceNumber)
        .findFirst()
        .map(CodedUtterance::codes)
        .orElse(List.of());
  }

  /** The coded turn with this number, if it was coded. */
  public Optional<CodedUtterance> utterance(int utteranceNumber) {
    return utterances.stream().filter(u -> u.utteranceNumber() == utteranceNumber).findFirst();
  }

  /**
   * Where the codes break the MITI's rules: a code twice in a turn, a simple and a complex
   * reflection in one turn, Persuade beside Persuade with Permission, a turn coded twice; in the
   * order of the turns. Global ratings have their own {@link Globals#problems()}.
   */
  public List<CodingProblem> problems() {
    List<CodingProblem> problems = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (CodedUtterance u : utterances) {
      if (!seen.add(u.utteranceNumber())) {
        problems.add(new CodingProblem(u.utteranceNumber(), CodingProblem.CODED_TWICE));
      }
      problems.addAll(u.problems());
    }
    problems.sort(Comparator.comparingInt(CodingProblem::utteranceNumber));
    return problems;
  }

  /**
   * As {@link #problems()}, and also codes given to a turn the transcript does not have or to one
   * of the person's turns.
   */
  public List<CodingProblem> problems(Transcript transcript) {
    List<CodingProblem> problems = new ArrayList<>();
    for (CodedUtterance u : utterances) {
      Optional<Utterance> said = transcript.utterance(u.utteranceNumber());
      if (said.isEmpty()) {
        problems.add(new CodingProblem(u.utteranceNumber(), CodingProblem.NO_SUCH_UTTERANCE));
      } else if (!said.get().isPractitioner() && !u.codes().isEmpty()) {
        problems.add(new CodingProblem(u.utteranceNumber(), CodingProblem.PERSON_CODED));
      }
    }
    problems.addAll(problems());
    problems.sort(Comparator.comparingInt(CodingProblem::utteranceNumber));
    return problems;
  }

  public List<CodedUtterance> getUtterances() {
    return utterances;
  }

  public Globals getGlobals() {
    return globals;
  }
}
