package org.casebook.training.miti;

import java.util.List;

/**
 * Where a coding breaks the MITI's rules or does not fit its transcript.
 *
 * @param utteranceNumber the turn it is about
 */
public record CodingProblem(int utteranceNumber, String key, List<String> arguments)
    implements Problem {

  /** The same code twice in one turn; arguments: the code's abbreviation. */
  public static final String REPEATED_CODE = "miti.coding.problem.repeatedCode";

  /**
   * Both a simple and a complex reflection in one turn (the manual gives one, complex if any is).
   */
  public static final String TWO_REFLECTIONS = "miti.coding.problem.twoReflections";

  /** Both Persuade and Persuade with Permission in one turn (the manual keeps only the latter). */
  public static final String TWO_PERSUADES = "miti.coding.problem.twoPersuades";

  /** The same turn coded twice in one coding. */
  public static final String CODED_TWICE = "miti.coding.problem.codedTwice";

  /** A turn number the transcript does not have. */
  public static final String NO_SUCH_UTTERANCE = "miti.coding.problem.noSuchUtterance";

  /** Codes on one of the person's turns: only the practitioner is coded. */
  public static final String PERSON_CODED = "miti.coding.problem.personCoded";

  public CodingProblem {
    arguments = List.copyOf(arguments);
  }

  public CodingProblem(int utteranceNumber, String key, String... arguments) {
    this(utteranceNumber, key, List.of(arguments));
  }

  public int getUtteranceNumber() {
    return utteranceNumber;
  }
}
