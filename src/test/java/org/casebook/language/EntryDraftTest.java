package org.casebook.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.platform.FieldProblem;
import org.junit.jupiter.api.Test;

class EntryDraftTest {

  private static final List<Entry> SHIPPED = Lexicon.shipped();

  private static EntryDraft draft(String id, String phrases, String replace) {
    return new EntryDraft(
        id,
        Category.LABELLING,
        phrases,
        "the person's name",
        "People are more than how often they call.",
        replace,
        null,
        "not, never");
  }

  private static Map<String, FieldProblem> problems(EntryDraft d) {
    return d.problems(Set.of("suffers-from", "heavy-user"), SHIPPED);
  }

  @Test
  void aGoodEntryHasNoProblemsAndReadsBackFromItsLine() {
    EntryDraft d = draft(null, "heavy user*\n  frequent  caller* ; regular", "caller");
    assertEquals(Map.of(), problems(d));
    assertEquals(List.of("heavy user*", "frequent caller*", "regular"), d.phraseList());
    Entry e = d.toEntry(d.idOr(Set.of("heavy-user")));
    assertEquals("heavy-user-2", e.id());
    assertEquals(Set.of("not", "never"), e.notPrecededBy());
    assertEquals(List.of(e), Lexicon.parse(Lexicon.line(e)));
  }

  @Test
  void everyFieldSaysWhatIsWrong() {
    EntryDraft d = new EntryDraft("Bad Id", null, " ; ", " ", "Why | not", null, "of; for", null);
    Map<String, FieldProblem> p = problems(d);
    assertEquals(
        List.of("id", "category", "phrases", "suggestion", "explanation", "notFollowedBy"),
        List.copyOf(p.keySet()));
    assertEquals("lexicon.id.invalid", p.get("id").messageKey());
    assertEquals("lexicon.phrases.required", p.get("phrases").messageKey());
    assertEquals("lexicon.suggestion.required", p.get("suggestion").messageKey());
    assertEquals("lexicon.bar", p.get("explanation").messageKey());
    assertEquals("lexicon.context.invalid", p.get("notFollowedBy").messageKey());
    assertEquals(
        "lexicon.id.taken", problems(draft("heavy-user", "regular", null)).get("id").messageKey());
  }

  @Test
  void phrasesMustBeWordsTheCheckerCanFindAndNotRepeatedOrAlreadyCaught() {
    assertPhrase("lexicon.phrase.invalid", 2, "regular\nrepeat caller (often)");
    assertPhrase("lexicon.phrase.invalid", 1, "wh*at");
    assertPhrase("lexicon.phrase.never", 1, "caller's");
    assertPhrase("lexicon.phrase.repeated", 2, "regular\nRegular");
    // "suffers from" is the shipped entry's; a longer phrase that starts the same way is new.
    assertPhrase("lexicon.phrase.caught", 2, "regular\nsuffers from");
    assertEquals(Map.of(), problems(draft(null, "suffers from bad luck", null)));
  }

  private static void assertPhrase(String key, int line, String phrases) {
    FieldProblem p = problems(draft(null, phrases, null)).get("phrases");
    assertEquals(key, p == null ? null : p.messageKey(), phrases);
    assertEquals(line, p.number());
  }

  @Test
  void aReplacementMustBeWordsThatAreNotFlaggedThemselves() {
    assertEquals(
        "lexicon.replace.flagged",
        problems(draft(null, "regular", "service user")).get("replace").messageKey());
    assertEquals(
        "lexicon.replace.flagged",
        problems(draft(null, "regular", "regular visitor")).get("replace").messageKey());
    assertEquals(
        "lexicon.replace.invalid",
        problems(draft(null, "regular", "a=b")).get("replace").messageKey());
    assertEquals(
        "lexicon.replace.noStar",
        problems(draft(null, "regular", "visit*")).get("replace").messageKey());
    assertTrue(problems(draft(null, "regular caller*", "visitor*")).isEmpty());
  }

  @Test
  void aNameIsMadeFromTheFirstPhraseWhenNoneIsTyped() {
    assertEquals("heavy-end-user", draft(" ", "Heavy  end-user*", null).idOr(Set.of()));
    assertEquals("cafe-regular", draft(null, "Café regular", null).idOr(Set.of()));
    assertEquals("my-name", draft("my-name", "regular", null).idOr(Set.of("my-name")));
  }
}
