package org.casebook.training.miti;

import java.util.List;
import java.util.Optional;

/** What came of reading a pasted transcript: the transcript, or the problems that stopped it. */
public final class TranscriptParse {

  private final Transcript transcript;
  private final List<TranscriptProblem> problems;

  TranscriptParse(Transcript transcript, List<TranscriptProblem> problems) {
    this.problems = List.copyOf(problems);
    this.transcript = this.problems.isEmpty() ? transcript : null;
  }

  /** The transcript; empty whenever there is a problem. */
  public Optional<Transcript> transcript() {
    return Optional.ofNullable(transcript);
  }

  /** The problems, in the order of the text; empty when the transcript was read. */
  public List<TranscriptProblem> problems() {
    return problems;
  }

  public boolean isValid() {
    return problems.isEmpty();
  }

  public List<TranscriptProblem> getProblems() {
    return problems;
  }
}
