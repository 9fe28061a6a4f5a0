package org.casebook.training.miti;

import java.util.List;

/**
 * Something in a pasted transcript that stops it being coded, for the person to put right.
 *
 * @param line the line it is about, from 1; 0 when it is about the whole text
 */
public record TranscriptProblem(int line, String key, List<String> arguments) implements Problem {

  /** The text is empty or only spaces. */
  public static final String EMPTY = "miti.transcript.problem.empty";

  /** Longer than {@link Transcript#MAX_CHARACTERS}; arguments: the limit. */
  public static final String TOO_LONG = "miti.transcript.problem.tooLong";

  /** More turns than {@link Transcript#MAX_UTTERANCES}; arguments: the limit. */
  public static final String TOO_MANY_TURNS = "miti.transcript.problem.tooManyTurns";

  /** Text before the first speaker label, so nobody is saying it. */
  public static final String NO_SPEAKER = "miti.transcript.problem.noSpeaker";

  /** A third speaker label; arguments: the label as written. */
  public static final String THIRD_SPEAKER = "miti.transcript.problem.thirdSpeaker";

  /** Nothing is said by anyone recognised as the practitioner. */
  public static final String NO_PRACTITIONER = "miti.transcript.problem.noPractitioner";

  public TranscriptProblem {
    arguments = List.copyOf(arguments);
  }

  public TranscriptProblem(int line, String key, String... arguments) {
    this(line, key, List.of(arguments));
  }

  public int getLine() {
    return line;
  }
}
