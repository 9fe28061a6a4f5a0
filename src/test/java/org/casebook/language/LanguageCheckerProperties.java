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
}
