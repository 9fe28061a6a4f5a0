package org.casebook.training.miti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading a pasted transcript: labels, who is who, lines that carry on a turn, and problems. */
class TranscriptTest {

  private static Transcript read(String text) {
    TranscriptParse parse = Transcript.parse(text);
    assertEquals(List.of(), parse.problems(), text);
    return parse.transcript().orElseThrow();
  }

  private static TranscriptProblem onlyProblem(String text) {
    TranscriptParse parse = Transcript.parse(text);
    assertTrue(parse.transcript().isEmpty(), "no transcript when there is a problem");
    assertFalse(parse.isValid());
    assertEquals(1, parse.problems().size(), parse.problems().toString());
    return parse.problems().get(0);
  }

  @Test
  void theSampleConversationHasTwentyNineTurnsFifteenOfThemTheWorkers() {
    Transcript t = AllotmentSample.transcript();
    assertEquals(29, t.utterances().size());
    assertEquals(15, t.practitionerUtterances().size());
    assertEquals("Worker", t.practitionerLabel());
    assertEquals("Ivy", t.personLabel(), "a first name is the person's label");
    assertEquals(Speaker.PRACTITIONER, t.utterances().get(0).speaker());
    assertEquals(Speaker.PERSON, t.utterances().get(1).speaker());
    assertTrue(t.utterance(29).orElseThrow().text().startsWith("You’re not."));
    assertEquals(
        "Sorry, that came out wrong. It’s your decision, not mine and not Karen’s.\n"
            + "You’ve always been someone who gets out and gets on with things, whatever the"
            + " weather.",
        t.utterance(13).orElseThrow().text(),
        "a line without a label carries on the turn");
    assertEquals(3, t.utterance(21).orElseThrow().text().lines().count());
  }

  @Test
  void turnsAreNumberedFromOneAndLookedUpByNumber() {
    Transcript t = read("Worker: Hello.\nPerson: Hi.\nWorker: How are you?");
    assertEquals(List.of(1, 2, 3), t.utterances().stream().map(Utterance::number).toList());
    assertEquals(
        List.of(1, 3), t.practitionerUtterances().stream().map(Utterance::number).toList());
    assertEquals("Hi.", t.utterance(2).orElseThrow().text());
    assertEquals(Optional.empty(), t.utterance(0));
    assertEquals(Optional.empty(), t.utterance(4));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Worker",
        "Practitioner",
        "SW",
        "S.W.",
        "Social worker",
        "Social Worker",
        "Interviewer",
        "Clinician",
        "Counsellor",
        "Nurse",
        "OT"
      })
  void aLabelThatNamesAPractitionerIsThePractitionerEvenWhenTheyDoNotSpeakFirst(String label) {
    Transcript t = read("Dennis: I’m not sure.\n" + label + ": What’s on your mind?");
    assertEquals(label, t.practitionerLabel());
    assertEquals("Dennis", t.personLabel());
    assertEquals(Speaker.PERSON, t.utterances().get(0).speaker());
    assertEquals(Speaker.PRACTITIONER, t.utterances().get(1).speaker());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Person", "Client", "P", "Patient", "Participant"})
  void whenOneLabelNamesThePersonTheOtherIsThePractitioner(String label) {
    Transcript t = read(label + ": I’m not sure.\nAmira: What’s on your mind?");
    assertEquals("Amira", t.practitionerLabel());
    assertEquals(label, t.personLabel());
  }

  @Test
  void withTwoFirstNamesWhoeverSpeaksFirstIsThePractitioner() {
    Transcript t = read("Sam: How have things been?\nAlex: Quiet.\nSam: Quiet.");
    assertEquals("Sam", t.practitionerLabel());
    assertEquals("Alex", t.personLabel());
    assertEquals(
        List.of(Speaker.PRACTITIONER, Speaker.PERSON, Speaker.PRACTITIONER),
        t.utterances().stream().map(Utterance::speaker).toList());
  }

  @Test
  void labelsMatchWhateverTheirCaseAndFullStopsAndTheFirstSpellingIsKept() {
    Transcript t =
        read("S.W.: Hello.\nMrs Patel: Hello, love.\nSW: Shall we sit down?\nMRS PATEL: Yes.");
    assertEquals(4, t.utterances().size());
    assertEquals("S.W.", t.practitionerLabel());
    assertEquals("Mrs Patel", t.personLabel());
  }

  @Test
  void aSpeakerNumberIsALabel() {
    Transcript t = read("Speaker 1: Hello.\nSpeaker 2: Hello.");
    assertEquals("Speaker 1", t.practitionerLabel());
    assertEquals("Speaker 2", t.personLabel());
  }

  @Test
  void linesWithoutALabelCarryOnTheTurnAndBlankLinesArePassedOver() {
    Transcript t =
        read(
            "Worker:   So you said:\n"
                + "   I said: no more buses.  \n"
                + "\n"
                + "and then: maybe.\r\n"
                + "Person: Yes.\r"
                + "Worker:\n"
                + "Tell me more.");
    assertEquals(3, t.utterances().size(), "\"I said:\" and \"and then:\" do not start turns");
    assertEquals(
        "So you said:\nI said: no more buses.\nand then: maybe.", t.utterance(1).get().text());
    assertEquals("Tell me more.", t.utterance(3).get().text(), "a label alone on its line");
  }

  @Test
  void aTimeOrAnAddressIsNotALabel() {
    Transcript t =
        read("Worker: When suits you?\nIvy: Well.\nMonday 10:30 is good.\nHttps://example.org/bus");
    assertEquals(2, t.utterances().size());
    assertEquals(3, t.utterance(2).orElseThrow().text().lines().count());
  }

  @Test
  void twoTurnsInARowWithTheSameLabelAreOneTurn() {
    Transcript t =
        read("Worker: One thing.\nWorker: Another.\nPerson: Right.\nWorker:\nPerson: Go on.");
    assertEquals(2, t.utterances().size(), "a turn with nothing said is dropped");
    assertEquals("One thing.\nAnother.", t.utterance(1).get().text());
    assertEquals("Right.\nGo on.", t.utterance(2).get().text());
  }

  @Test
  void onePersonTalkingAloneIsThePractitionerAndThePersonIsCalledPerson() {
    Transcript t = read("Jo: I’ll start by saying what today is for.");
    assertEquals("Jo", t.practitionerLabel());
    assertEquals("Person", t.personLabel());
    assertEquals(1, t.practitionerUtterances().size());
  }

  @Test
  void renderingWritesTheTranscriptBackSoThatItReadsTheSame() {
    Transcript t = AllotmentSample.transcript();
    assertEquals(t, read(t.render()));
    assertEquals(
        "Worker: One.\nTwo.\nPerson: Three.",
        read("Worker: One.\n\n   Two.\nPerson: Three.").render());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n\n\t\n"})
  void emptyTextIsAProblem(String text) {
    assertEquals(new TranscriptProblem(0, TranscriptProblem.EMPTY), onlyProblem(text));
    assertEquals(TranscriptProblem.EMPTY, onlyProblem(null).key());
  }

  @Test
  void textBeforeAnyoneSpeaksIsAProblemOnItsFirstLine() {
    TranscriptProblem p =
        onlyProblem("\nPractice session, 3 May\nnotes\nWorker: Hello.\nPerson: Hi.");
    assertEquals(new TranscriptProblem(2, TranscriptProblem.NO_SPEAKER), p);
  }

  @Test
  void aThirdSpeakerIsAProblemOnTheLineTheyFirstSpeakNamingThem() {
    String text =
        "Worker: Hello.\nIvy: Hello.\nWorker: Is Karen here?\nKaren: I am.\nDave: Me too.";
    TranscriptParse parse = Transcript.parse(text);
    assertEquals(
        List.of(
            new TranscriptProblem(4, TranscriptProblem.THIRD_SPEAKER, "Karen"),
            new TranscriptProblem(5, TranscriptProblem.THIRD_SPEAKER, "Dave")),
        parse.problems());
    assertEquals("Karen", parse.problems().get(0).getArguments()[0]);
    assertTrue(parse.transcript().isEmpty());
  }

  @Test
  void aColonInsideALineThatLooksLikeALabelIsAThirdSpeakerToPutRight() {
    TranscriptProblem p = onlyProblem("Worker: Hello.\nIvy: Hello.\nNote: she laughs.");
    assertEquals(new TranscriptProblem(3, TranscriptProblem.THIRD_SPEAKER, "Note"), p);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Person: I’m fine.", "Client: I’m fine.\nP: So am I.", "Person:\nWorker:\n"})
  void noPractitionerIsAProblem(String text) {
    assertEquals(new TranscriptProblem(0, TranscriptProblem.NO_PRACTITIONER), onlyProblem(text));
  }

  @Test
  void atMostOneHundredThousandCharacters() {
    String line = "Worker: " + "a".repeat(991) + "\n"; // 1,000 characters
    String longest = line.repeat(100);
    assertEquals(Transcript.MAX_CHARACTERS, longest.length());
    assertEquals(1, read(longest).utterances().size(), "one long turn");
    assertEquals(
        new TranscriptProblem(0, TranscriptProblem.TOO_LONG, "100,000"),
        onlyProblem(longest + "x"));
  }

  @Test
  void atMostFourHundredTurns() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < Transcript.MAX_UTTERANCES; i++) {
      text.append(i % 2 == 0 ? "Worker: Yes?\n" : "Person: Yes.\n");
    }
    assertEquals(400, read(text.toString()).utterances().size());
    text.append("Worker: One more.\n");
    assertEquals(
        new TranscriptProblem(401, TranscriptProblem.TOO_MANY_TURNS, "400"),
        onlyProblem(text.toString()));
  }
}
