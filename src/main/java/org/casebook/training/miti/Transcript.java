package org.casebook.training.miti;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A practice conversation between a practitioner and a person, turn by turn, with the speaker
 * labels as they were written. Made by {@link #parse(String)} from pasted text; {@link #render()}
 * writes it back in the same form.
 *
 * @param utterances numbered 1, 2, 3… in order
 * @param practitionerLabel the practitioner's label as first written ("Worker", "SW")
 * @param personLabel the person's label as first written ("Ivy", "Person"); "Person" when the
 *     person says nothing
 */
public record Transcript(List<Utterance> utterances, String practitionerLabel, String personLabel) {

  /** The most turns one transcript may have (about an hour's conversation and then some). */
  public static final int MAX_UTTERANCES = 400;

  /** The most characters one pasted transcript may have. */
  public static final int MAX_CHARACTERS = 100_000;

  public Transcript {
    utterances = List.copyOf(utterances);
    for (int i = 0; i < utterances.size(); i++) {
      if (utterances.get(i).number() != i + 1) {
        throw new IllegalArgumentException("Utterances must be numbered 1, 2, 3… in order");
      }
    }
    Objects.requireNonNull(practitionerLabel, "practitionerLabel");
    Objects.requireNonNull(personLabel, "personLabel");
  }

  /**
   * Reads a pasted transcript. Each turn starts on a line with a speaker label and a colon
   * ("Worker: How are you?"); lines without a label carry on the turn above, and blank lines are
   * passed over. Two turns in a row with the same label are one turn.
   *
   * <p>Who is the practitioner: of the (at most two) labels, the one that names a practitioner
   * ("Worker", "Practitioner", "Social worker", "SW", "Interviewer", "Clinician"…); failing that,
   * the one that does not name the person ("Person", "Client", "P"…); failing that, whoever speaks
   * first. A label is one to three words, the first with a capital letter ("Ivy", "Mrs Patel",
   * "Speaker 1"), so "I said: no" carries on a turn rather than starting one.
   *
   * @return the transcript, or the problems that stop it being read
   */
  public static TranscriptParse parse(String text) {
    return TranscriptParser.parse(text);
  }

  /** The practitioner's turns, the ones that are coded. */
  public List<Utterance> practitionerUtterances() {
    return utterances.stream().filter(Utterance::isPractitioner).toList();
  }

  /** The turn with this number, if there is one. */
  public Optional<Utterance> utterance(int number) {
    return number >= 1 && number <= utterances.size()
        ? Optional.of(utterances.get(number - 1))
        : Optional.empty();
  }

  /** The label this speaker's turns are written with. */
  public String label(Speaker speaker) {
    return speaker == Speaker.PRACTITIONER ? practitionerLabel : personLabel;
  }

  /**
   * The transcript as text again, one turn after another, each starting "Label: "; a turn's later
   * lines follow it unlabelled. Parsing this gives back the same transcript.
   */
  public String render() {
    return utterances.stream()
        .map(u -> label(u.speaker()) + ": " + u.text())
        .collect(Collectors.joining("\n"));
  }

  public List<Utterance> getUtterances() {
    return utterances;
  }

  public List<Utterance> getPractitionerUtterances() {
    return practitionerUtterances();
  }

  public String getPractitionerLabel() {
    return practitionerLabel;
  }

  public String getPersonLabel() {
    return personLabel;
  }
}
