package org.casebook.training.miti;

import java.util.Objects;

/**
 * One turn of a transcript: everything one speaker says before the other speaks (the MITI's
 * "volley" when it is the practitioner's). Its text keeps the lines it was written on, each trimmed
 * and joined with a line break.
 *
 * @param number from 1, in the order of the transcript, counting both speakers' turns
 */
public record Utterance(int number, Speaker speaker, String text) {

  public Utterance {
    if (number < 1) {
      throw new IllegalArgumentException("Utterances are numbered from 1: " + number);
    }
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(text, "text");
  }

  public boolean isPractitioner() {
    return speaker == Speaker.PRACTITIONER;
  }

  public int getNumber() {
    return number;
  }

  public Speaker getSpeaker() {
    return speaker;
  }

  public String getText() {
    return text;
  }
}
