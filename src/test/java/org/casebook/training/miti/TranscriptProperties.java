package org.casebook.training.miti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Reading transcripts: nothing said is lost, and reading what was rendered gives it back. */
class TranscriptProperties {

  /** A pasted transcript and the two labels it uses, the practitioner's first. */
  record Pasted(String text, String practitioner, List<String> lines) {}

  private static final List<List<String>> PAIRS =
      List.of(
          List.of("Worker", "Ivy"),
          List.of("SW", "Person"),
          List.of("Sam", "Alex"),
          List.of("Interviewer", "Client"),
          List.of("Mrs Patel", "Speaker 2"));

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.of(
            "yes",
            "the allotment",
            "Frank’s onions",
            "café",
            "Über",
            "well: maybe",
            "Monday 10:30",
            "I said: no",
            "(laughs)",
            "—",
            "OK?",
            "  ",
            "\t",
            "😀")
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .map(w -> String.join(" ", w));
  }

  @Provide
  Arbitrary<Pasted> pasted() {
    Arbitrary<List<String>> pair = Arbitraries.of(PAIRS);
    // A line: 0 and 1 start a turn for that label, 2 carries on a turn, 3 is blank.
    Arbitrary<List<Integer>> kinds = Arbitraries.integers().between(0, 3).list().ofMaxSize(30);
    Arbitrary<List<String>> texts = words().list().ofSize(31);
    Arbitrary<String> breaks = Arbitraries.of("\n", "\r\n");
    return Combinators.combine(pair, kinds, texts, breaks)
        .as(
            (labels, lineKinds, words, lineBreak) -> {
              List<String> lines = new ArrayList<>();
              lines.add(labels.get(0) + ": so " + words.get(30));
              for (int i = 0; i < lineKinds.size(); i++) {
                String w = words.get(i);
                lines.add(
                    switch (lineKinds.get(i)) {
                      case 0, 1 -> "  " + labels.get(lineKinds.get(i)) + " :" + w;
                      case 2 -> "and " + w; // starts in lower case: never a label
                      default -> " ";
                    });
              }
              return new Pasted(String.join(lineBreak, lines), labels.get(0), lines);
            });
  }

  private static String withoutSpace(String s) {
    return s.replaceAll("\\s+", "");
  }

  @Property(tries = 300)
  void nothingSaidIsLost(@ForAll("pasted") Pasted pasted) {
    Transcript t = Transcript.parse(pasted.text()).transcript().orElseThrow();
    StringBuilder expected = new StringBuilder();
    for (String line : pasted.lines()) {
      String stripped = line.strip();
      expected.append(
          stripped.startsWith("and ") || stripped.isEmpty()
              ? stripped
              : stripped.substring(stripped.indexOf(':') + 1));
    }
    StringBuilder read = new StringBuilder();
    t.utterances().forEach(u -> read.append(u.text()));
    assertEquals(withoutSpace(expected.toString()), withoutSpace(read.toString()));
  }

  @Property(tries = 300)
  void theFirstLabelIsThePractitionerAndTurnsAlternate(@ForAll("pasted") Pasted pasted) {
    Transcript t = Transcript.parse(pasted.text()).transcript().orElseThrow();
    assertEquals(pasted.practitioner(), t.practitionerLabel());
    assertEquals(Speaker.PRACTITIONER, t.utterances().get(0).speaker());
    for (int i = 0; i < t.utterances().size(); i++) {
      Utterance u = t.utterances().get(i);
      assertEquals(i + 1, u.number());
      assertFalse(u.text().isBlank());
      if (i > 0) {
        assertNotEquals(t.utterances().get(i - 1).speaker(), u.speaker());
      }
    }
  }

  @Property(tries = 300)
  void readingWhatWasRenderedGivesTheSameTranscript(@ForAll("pasted") Pasted pasted) {
    Transcript t = Transcript.parse(pasted.text()).transcript().orElseThrow();
    assertEquals(t, Transcript.parse(t.render()).transcript().orElseThrow());
  }

  @Property(tries = 500)
  void anyTextGivesATranscriptOrProblemsNeverBoth(@ForAll String any) {
    TranscriptParse parse = Transcript.parse(any);
    assertTrue(parse.transcript().isPresent() != !parse.problems().isEmpty());
    for (TranscriptProblem p : parse.problems()) {
      assertTrue(p.line() >= 0 && p.key().startsWith("miti.transcript.problem."));
    }
  }
}
