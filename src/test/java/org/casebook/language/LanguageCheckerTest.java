package org.casebook.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageCheckerTest {

  private static final LanguageChecker CHECKER = new LanguageChecker(Lexicon.shipped());

  private static List<String> found(String text) {
    return CHECKER.check(text).stream().map(Finding::text).toList();
  }

  @Test
  void theShippedLexiconLoadsWithUniqueIds() {
    assertTrue(Lexicon.shipped().size() >= 60, "at least 60 entries");
  }

  @Test
  void inflectionsAreCaught() {
    assertEquals(
        List.of("refuses to engage", "refused to engage", "refusing to engage"),
        found("She refuses to engage. He refused to engage; they kept refusing to engage."));
    assertEquals(List.of("Suffering from"), found("Suffering from dementia since 2019."));
  }

  @Test
  void hyphenSpaceAndNoSpaceVariantsAndLineBreaksAreCaught() {
    assertEquals(
        List.of("wheelchair-bound", "Wheelchair bound", "wheelchairbound"),
        found("He is wheelchair-bound. Wheelchair bound since May; wheelchairbound."));
    assertEquals(List.of("package of\ncare"), found("A package of\ncare was agreed."));
  }

  @Test
  void wholeWordsOnlyAndNotAcrossAFullStop() {
    assertEquals(List.of(), found("The displacement was measured. Elderberry jam."));
    assertEquals(List.of(), found("We chose a package. Of care, we spoke later."));
  }

  @Test
  void thePersonsOwnWordsInQuotationMarksAreNeverFlagged() {
    assertEquals(
        List.of("suffers from"),
        found(
            "She said \"I suffer from my nerves\" and “I’m elderly now”. She suffers from pain."));
  }

  @Test
  void contextRulesKeepOtherMeanings() {
    assertEquals(List.of(), found("The placement of the ramp; her work placement went well."));
    assertEquals(List.of("placement"), found("He moved to a new placement in May."));
  }

  @Test
  void offsetsAreUtf16CharactersOfTheTextAsSubmitted() {
    String text = "😀 Café: she is non-compliant.";
    Finding f = CHECKER.check(text).get(0);
    assertEquals("non-compliant", text.substring(f.start(), f.end()));
    assertEquals(Category.POWER, f.category());
    assertEquals("non-compliant", f.entryId());
  }

  @Test
  void possessivesAndCapitalsDoNotHideAPhrase() {
    assertEquals(List.of("SERVICE USER'S"), found("The SERVICE USER'S file."));
  }

  @Test
  void inflectionsCoverTheUsualEndings() {
    assertTrue(Inflections.of("refuse").containsAll(List.of("refuses", "refused", "refusing")));
    assertTrue(Inflections.of("deny").containsAll(List.of("denies", "denied", "denying")));
    assertTrue(Inflections.of("stop").containsAll(List.of("stops", "stopped", "stopping")));
    assertTrue(Inflections.of("fail").containsAll(List.of("fails", "failed", "failing")));
  }

  private static List<String> replacements(String text) {
    return CHECKER.check(text).stream().map(Finding::replacement).toList();
  }

  @Test
  void aReplacementAgreesWithTheWordsItReplaces() {
    assertEquals(
        java.util.Arrays.asList("lives with", "lived with", "Living with", "live with", null),
        replacements(
            "She suffers from gout. He suffered from it. Suffering from it. They suffer with it."
                + " She is wheelchair-bound."));
    assertEquals(List.of("DISABLED PEOPLE"), replacements("HELP FOR THE DISABLED"));
    assertEquals(List.of("Help at home's"), replacements("Dom care's hours"));
  }

  @Test
  void aReplacementTakesTheEndingOfTheWordItStandsFor() {
    assertEquals("lives", Inflections.make("live", Inflections.Form.S));
    assertEquals("lived", Inflections.make("live", Inflections.Form.ED));
    assertEquals("living", Inflections.make("live", Inflections.Form.ING));
    assertEquals("carries", Inflections.make("carry", Inflections.Form.S));
    assertEquals("carried", Inflections.make("carry", Inflections.Form.ED));
    assertEquals("stays", Inflections.make("stay", Inflections.Form.S));
    assertEquals("reaches", Inflections.make("reach", Inflections.Form.S));
    assertEquals("seeing", Inflections.make("see", Inflections.Form.ING));
    assertEquals(Inflections.Form.ED, Inflections.formOf("stopped", "stop"));
    assertEquals(Inflections.Form.S, Inflections.formOf("denies", "deny"));
    assertEquals(Inflections.Form.BASE, Inflections.formOf("refuse", "refuse"));
  }
}
