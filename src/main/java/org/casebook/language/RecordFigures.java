package org.casebook.language;

import java.util.List;

/**
 * Figures for one record, for the practice dashboard: language findings per 1,000 words, how many
 * strengths were recorded, and the share of the words that are the person's own (a field the worker
 * marked as "their words", or words inside quotation marks elsewhere).
 *
 * @param words every word written
 * @param findings language findings
 * @param ownWords the person's own words
 * @param strengths strengths recorded
 */
public record RecordFigures(int words, int findings, int ownWords, int strengths) {

  /** One field of a record: its text, and whether the worker marked it as the person's words. */
  public record Field(String text, boolean theirWords) {}

  public static RecordFigures of(LanguageChecker checker, List<Field> fields, int strengths) {
    int words = 0;
    int findings = 0;
    int own = 0;
    for (Field f : fields) {
      if (f.text() == null || f.text().isBlank()) {
        continue;
      }
      Words w = Words.of(f.text());
      words += w.size();
      if (f.theirWords()) {
        own += w.size();
      } else {
        for (int i = 0; i < w.size(); i++) {
          if (w.quoted(i)) {
            own++;
          }
        }
        findings += checker.check(f.text()).size();
      }
    }
    return new RecordFigures(words, findings, own, strengths);
  }

  /** Findings per 1,000 words, or null for a record with no words. */
  public Double findingsPerThousandWords() {
    return words == 0 ? null : findings * 1000.0 / words;
  }

  /** The share of words that are the person's own, 0 to 1, or null for a record with no words. */
  public Double ownWordsShare() {
    return words == 0 ? null : (double) ownWords / words;
  }
}
