package org.casebook.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LanguageCheckerProperties {

  private static final List<Entry> LEXICON = Lexicon.shipped();
  private static final LanguageChecker CHECKER = new LanguageChecker(LEXICON);

  /** A phrase as written in the lexicon, in plain words (the base form). */
  private static String plain(String phrase) {
    return phrase.replace("*", "");
  }

  @Provide
  Arbitrary<String> phrases() {
    return Arbitraries.of(
        LEXICON.stream().flatMap(e -> e.phrases().stream()).map(p -> plain(p)).toList());
  }

  @Provide
  Arbitrary<String> filler() {
    return Arbitraries.of(
        "", "Today ", "😀 ", "Café — ", "Über Straße, ", "Line one.\n", "\t", "Mrs Ó Sé said ");
  }

  @Property(tries = 300)
  void everyPhraseIsCaughtInAnyCaseWithItsOffsets(
      @ForAll("phrases") String phrase, @ForAll("filler") String before, @ForAll boolean upper) {
    String written = upper ? phrase.toUpperCase(Locale.ROOT) : phrase;
    String text = before + written + " today.";
    List<Finding> findings = CHECKER.check(text);
    assertFalse(findings.isEmpty(), text);
    Finding f = findings.get(findings.size() - 1);
    assertEquals(text.substring(f.start(), f.end()), f.text());
    assertEquals(written, f.text(), text);
  }

  @Property(tries = 300)
  void phrasesInsideQuotationMarksAreNeverFlagged(
      @ForAll("phrases") String phrase, @ForAll boolean curly) {
    String text = curly ? "She said “" + phrase + "” to me." : "She said \"" + phrase + "\" to me.";
    assertTrue(CHECKER.check(text).isEmpty(), text);
  }

  @Property(tries = 300)
  void noHitsInsideLongerWords(@ForAll("phrases") String phrase) {
    String text = "x" + phrase.replace(" ", "") + "x and re" + phrase + "ness";
    for (Finding f : CHECKER.check(text)) {
      int s = f.start();
      int e = f.end();
      assertTrue(s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)), text);
      assertTrue(e == text.length() || !Character.isLetterOrDigit(text.charAt(e)), text);
    }
  }

  @Property(tries = 500)
  void findingsAreInOrderNeverOverlapAndPointIntoTheText(@ForAll String any) {
    int last = 0;
    for (Finding f : CHECKER.check(any)) {
      assertTrue(f.start() >= last && f.end() > f.start() && f.end() <= any.length());
      assertEquals(any.substring(f.start(), f.end()), f.text());
      last = f.end();
    }
  }

  @Provide
  Arbitrary<Entry> replacing() {
    return Arbitraries.of(LEXICON.stream().filter(Entry::replaces).toList());
  }

  @Property(tries = 300)
  void applyingAReplacementAtItsOffsetsLeavesNothingFlaggedThere(
      @ForAll("replacing") Entry entry,
      @ForAll("filler") String before,
      @ForAll boolean upper,
      @ForAll Inflections.Form form) {
    String phrase = entry.phrases().get(Math.abs(before.hashCode()) % entry.phrases().size());
    String written =
        java.util.Arrays.stream(phrase.split(" "))
            .map(w -> w.endsWith("*") ? Inflections.make(w.substring(0, w.length() - 1), form) : w)
            .collect(java.util.stream.Collectors.joining(" "));
    written = upper ? written.toUpperCase(Locale.ROOT) : written;
    String text = before + written + " at home.";
    Finding f = CHECKER.check(text).get(CHECKER.check(text).size() - 1);
    assertEquals(entry.id(), f.entryId(), text);
    String changed = text.substring(0, f.start()) + f.replacement() + text.substring(f.end());
    int end = f.start() + f.replacement().length();
    for (Finding after : CHECKER.check(changed)) {
      assertTrue(after.end() <= f.start() || after.start() >= end, changed);
    }
    assertEquals(upper, f.replacement().equals(f.replacement().toUpperCase(Locale.ROOT)), changed);
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars('é', 'ß')
        .ofMinLength(2)
        .ofMaxLength(8)
        .map(w -> w.startsWith("s") ? "x" + w : w);
  }

  @Provide
  Arbitrary<EntryDraft> drafts() {
    Arbitrary<String> phrase =
        Arbitraries.oneOf(
            words(),
            words().map(w -> w + "*"),
            net.jqwik.api.Combinators.combine(words(), words()).as((a, b) -> a + " " + b),
            net.jqwik.api.Combinators.combine(words(), words()).as((a, b) -> a + "-" + b + "*"));
    return net.jqwik.api.Combinators.combine(
            phrase.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("\n", l)),
            Arbitraries.of(Category.values()),
            words().list().ofMaxSize(3).map(l -> String.join(", ", l)),
            Arbitraries.of("", "kind words", "tidy*"))
        .as(
            (phrases, category, context, replace) ->
                new EntryDraft(
                    null,
                    category,
                    phrases,
                    "what to write",
                    "Why it matters.",
                    replace,
                    context,
                    null));
  }

  @Property(tries = 300)
  void anEntryThatPassesItsChecksReadsBackFromItsLineAndCatchesEveryPhrase(
      @ForAll("drafts") EntryDraft draft, @ForAll("filler") String before) {
    net.jqwik.api.Assume.that(draft.problems(java.util.Set.of(), LEXICON).isEmpty());
    Entry entry = draft.toEntry(draft.idOr(java.util.Set.of()));
    assertEquals(List.of(entry), Lexicon.parse(Lexicon.line(entry)));
    LanguageChecker own = new LanguageChecker(List.of(entry));
    for (String phrase : entry.phrases()) {
      String text = before + phrase.replace("*", "") + ".";
      List<Finding> found = own.check(text);
      assertEquals(1, found.size(), text);
      assertEquals(phrase.replace("*", ""), found.get(0).text(), text);
    }
  }
}
