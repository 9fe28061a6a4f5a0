package org.casebook.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {

  @Test
  void theReplaceOptionRunsToTheNextOptionOrTheEndOfTheLine() {
    Entry e =
        Lexicon.parse(
                "x | DEFICIT | suffer* from | lives with | Why. |"
                    + " replace=live* with notPrecededBy=Work,  student")
            .get(0);
    assertEquals("live* with", e.replace());
    assertEquals(Set.of("work", "student"), e.notPrecededBy());
    Entry last =
        Lexicon.parse(
                "y | JARGON | dom care | help | Why. | notFollowedBy=of replace=help at home ")
            .get(0);
    assertEquals("help at home", last.replace());
    assertEquals(Set.of("of"), last.notFollowedBy());
    assertNull(Lexicon.parse("z | JARGON | respite | a break | Why.").get(0).replace());
    assertNull(Lexicon.parse("z | JARGON | respite | a break | Why. |   ").get(0).replace());
  }

  @Test
  void badOptionsAreRefusedWithTheLineNumber() {
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () -> Lexicon.parse("\nx | JARGON | a | b | c | swap=this"));
    assertEquals("lexicon line 2: unknown option swap", unknown.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Lexicon.parse("x | JARGON | a | b | c | stray replace=this"));
  }

  @Test
  void everyShippedEntryReadsBackFromItsLine() {
    for (Entry e : Lexicon.shipped()) {
      assertEquals(List.of(e), Lexicon.parse(Lexicon.line(e)), Lexicon.line(e));
    }
  }

  @Test
  void theShippedLexiconOffersLiteralReplacementsOnlyWhereTheyReadCorrectly() {
    List<String> replacing =
        Lexicon.shipped().stream().filter(Entry::replaces).map(Entry::id).toList();
    assertEquals(
        List.of("suffers-from", "the-disabled", "substance-misuse", "dom-care"), replacing);
  }

  @Test
  void aCouncilsEntriesComeFirstAndSwitchedOffShippedEntriesAreLeftOut() {
    List<Entry> shipped = Lexicon.shipped();
    Entry ours =
        new Entry(
            "our-suffers",
            Category.DEFICIT,
            List.of("suffer* from"),
            "has",
            "Our words.",
            Set.of(),
            Set.of(),
            null);
    Entry heavy =
        new Entry(
            "heavy-user",
            Category.LABELLING,
            List.of("heavy user*"),
            "the person's name",
            "Why.",
            Set.of(),
            Set.of(),
            null);
    List<Entry> merged = Lexicon.merge(shipped, Set.of("wheelchair-bound"), List.of(ours, heavy));
    assertEquals(shipped.size() - 1 + 2, merged.size());
    assertEquals(List.of(ours, heavy), merged.subList(0, 2));

    LanguageChecker checker = new LanguageChecker(merged);
    List<Finding> found = checker.check("A heavy user, wheelchair-bound, suffers from gout.");
    assertEquals(
        List.of("heavy-user", "our-suffers"), found.stream().map(Finding::entryId).toList());
  }
}
