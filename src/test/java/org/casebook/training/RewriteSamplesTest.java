package org.casebook.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.casebook.language.Lexicon;
import org.casebook.training.miti.Behaviour;
import org.casebook.training.miti.Coding;
import org.casebook.training.miti.GlobalScore;
import org.junit.jupiter.api.Test;

class RewriteSamplesTest {

  @Test
  void theSamplesAreReadWithTheirTitlesAndJoinedLines() {
    List<RewriteSamples.Sample> samples =
        RewriteSamples.parse(
            "# a comment\n## one | First note\nA line\nand the next.\n\nNew paragraph.\n## two\nB\n");
    assertEquals(2, samples.size());
    assertEquals("First note", samples.get(0).title());
    assertEquals("A line and the next.\n\nNew paragraph.", samples.get(0).text());
    assertEquals("two", samples.get(1).title());
  }

  @Test
  void everyShippedSampleGivesTheCheckerPlentyToFind() {
    assertTrue(RewriteSamples.all().size() >= 6);
    var checker = new org.casebook.language.LanguageChecker(Lexicon.shipped());
    for (RewriteSamples.Sample s : RewriteSamples.all()) {
      int findings = checker.check(s.text()).size();
      assertTrue(findings >= 3, s.key() + " has only " + findings + " findings");
      assertFalse(s.text().contains("\n## "));
    }
  }

  @Test
  void aCodingIsKeptAndReadBack() {
    MitiAnswer a =
        MitiAnswer.of(
            Map.of(
                2, List.of(Behaviour.QUESTION),
                4, List.of(Behaviour.COMPLEX_REFLECTION, Behaviour.AFFIRM),
                6, List.of()),
            Map.of(GlobalScore.EMPATHY, 4, GlobalScore.PARTNERSHIP, 3));
    Coding back = MitiAnswer.fromJson(a.toJson()).coding();
    assertEquals(List.of(Behaviour.QUESTION), back.codes(2));
    assertEquals(List.of(Behaviour.COMPLEX_REFLECTION, Behaviour.AFFIRM), back.codes(4));
    assertTrue(back.codes(6).isEmpty(), "a turn left uncoded is not kept");
    assertEquals(4, back.globals().rating(GlobalScore.EMPATHY).orElseThrow());
    assertFalse(back.globals().isComplete());
  }
}
