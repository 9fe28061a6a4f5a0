package org.casebook.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecordFiguresTest {

  private static final LanguageChecker CHECKER = new LanguageChecker(Lexicon.shipped());

  @Test
  void findingsPerThousandWordsAndTheShareOfThePersonsOwnWords() {
    RecordFigures f =
        RecordFigures.of(
            CHECKER,
            List.of(
                // 6 words, all theirs: never checked for findings.
                new RecordFigures.Field("I suffer from my nerves, love.", true),
                // 10 words, 2 of them quoted, 1 finding ("refused to engage").
                new RecordFigures.Field(
                    "She refused to engage with the team: \"too many\" visitors.", false),
                new RecordFigures.Field("   ", false)),
            3);
    assertEquals(16, f.words());
    assertEquals(1, f.findings());
    assertEquals(8, f.ownWords());
    assertEquals(3, f.strengths());
    assertEquals(62.5, f.findingsPerThousandWords(), 1e-9);
    assertEquals(0.5, f.ownWordsShare(), 1e-9);
  }

  @Test
  void aRecordWithNoWordsHasNoRates() {
    RecordFigures f = RecordFigures.of(CHECKER, List.of(), 0);
    assertNull(f.findingsPerThousandWords());
    assertNull(f.ownWordsShare());
  }
}
