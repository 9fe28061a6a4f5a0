package org.casebook.training.miti;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The behaviour codes one coder gave one practitioner turn, in the order they were given. A turn
 * may have several codes (a reflection and then a question) or none (a greeting, a structuring
 * statement).
 *
 * @param utteranceNumber the turn's {@link Utterance#number()}
 */
public record CodedUtterance(int utteranceNumber, List<Behaviour> codes) {

  public CodedUtterance {
    codes = List.copyOf(codes);
  }

  public CodedUtterance(int utteranceNumber, Behaviour... codes) {
    this(utteranceNumber, List.of(codes));
  }

  /** How many times the code was given in this turn (0 or 1 in a coding without problems). */
  public int count(Behaviour code) {
    return (int) codes.stream().filter(code::equals).count();
  }

  /** The codes in the order of {@link Behaviour}, for comparing two coders regardless of order. */
  public List<Behaviour> sorted() {
    return codes.stream().sorted().toList();
  }

  /** Where the codes break the MITI's rules for one turn. */
  List<CodingProblem> problems() {
    List<CodingProblem> problems = new ArrayList<>();
    List<Behaviour> seen = new ArrayList<>();
    for (Behaviour code : codes) {
      Objects.requireNonNull(code, "code");
      if (seen.contains(code)) {
        problems.add(
            new CodingProblem(
                utteranceNumber, CodingProblem.REPEATED_CODE, code.getAbbreviation()));
      }
      seen.add(code);
    }
    if (seen.contains(Behaviour.SIMPLE_REFLECTION) && seen.contains(Behaviour.COMPLEX_REFLECTION)) {
      problems.add(new CodingProblem(utteranceNumber, CodingProblem.TWO_REFLECTIONS));
    }
    if (seen.contains(Behaviour.PERSUADE) && seen.contains(Behaviour.PERSUADE_WITH_PERMISSION)) {
      problems.add(new CodingProblem(utteranceNumber, CodingProblem.TWO_PERSUADES));
    }
    return problems;
  }

  public int getUtteranceNumber() {
    return utteranceNumber;
  }

  public List<Behaviour> getCodes() {
    return codes;
  }
}
