package org.casebook.practice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.casebook.report.Rate;

/**
 * Practice figures added up over records: how many records, their words, language findings and the
 * person's own words, how many records had at least one strength, network member, community
 * connection or goal in the person's words, and their goals. One record's share is {@link
 * #of(RecordCounts)}; a month's totals are the sum of its records'. When a record's figures change,
 * the month changes by {@link #minus the difference}.
 *
 * @param records records signed
 * @param words words written in them
 * @param findings language findings in the worker's words
 * @param ownWords words that are the person's own
 * @param withStrengths records with at least one strength
 * @param withNetwork records with at least one network member
 * @param withAssets records with at least one community connection made from them
 * @param withOwnWordGoals records with at least one goal in the person's own words
 * @param goals goals
 * @param ownWordGoals goals in the person's own words
 */
public record RecordTotals(
    long records,
    long words,
    long findings,
    long ownWords,
    long withStrengths,
    long withNetwork,
    long withAssets,
    long withOwnWordGoals,
    long goals,
    long ownWordGoals) {

  /** Nothing at all: a month with no records. */
  public static final RecordTotals NONE = new RecordTotals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** One record's part in its month's totals. */
  public static RecordTotals of(RecordCounts c) {
    return new RecordTotals(
        1,
        c.words(),
        c.findings(),
        c.ownWords(),
        c.strengths() > 0 ? 1 : 0,
        c.network() > 0 ? 1 : 0,
        c.assets() > 0 ? 1 : 0,
        c.ownWordGoals() > 0 ? 1 : 0,
        c.goals(),
        c.ownWordGoals());
  }

  public RecordTotals plus(RecordTotals o) {
    return new RecordTotals(
        records + o.records,
        words + o.words,
        findings + o.findings,
        ownWords + o.ownWords,
        withStrengths + o.withStrengths,
        withNetwork + o.withNetwork,
        withAssets + o.withAssets,
        withOwnWordGoals + o.withOwnWordGoals,
        goals + o.goals,
        ownWordGoals + o.ownWordGoals);
  }

  public RecordTotals minus(RecordTotals o) {
    return new RecordTotals(
        records - o.records,
        words - o.words,
        findings - o.findings,
        ownWords - o.ownWords,
        withStrengths - o.withStrengths,
        withNetwork - o.withNetwork,
        withAssets - o.withAssets,
        withOwnWordGoals - o.withOwnWordGoals,
        goals - o.goals,
        ownWordGoals - o.ownWordGoals);
  }

  public boolean isNone() {
    return equals(NONE);
  }

  /**
   * Language findings for every 1,000 words written, to one decimal place (half up): findings ÷
   * words × 1,000 over all the records, not an average of each record's rate. Null with no words.
   */
  public BigDecimal findingsPerThousand() {
    return words == 0
        ? null
        : BigDecimal.valueOf(findings * 1000L)
            .divide(BigDecimal.valueOf(words), 1, RoundingMode.HALF_UP);
  }

  /** Records with at least one strength, of the records signed. */
  public Rate withStrengthsShare() {
    return new Rate(withStrengths, records);
  }

  /** Records with at least one person in the network, of the records signed. */
  public Rate withNetworkShare() {
    return new Rate(withNetwork, records);
  }

  /** Records from which a community connection was made, of the records signed. */
  public Rate withAssetsShare() {
    return new Rate(withAssets, records);
  }

  /** Records with at least one goal in the person's own words, of the records signed. */
  public Rate withOwnWordGoalsShare() {
    return new Rate(withOwnWordGoals, records);
  }

  /** Goals in the person's own words, of all goals. */
  public Rate ownWordGoalsShare() {
    return new Rate(ownWordGoals, goals);
  }

  /** Words that are the person's own, of all words written. */
  public Rate ownWordsShare() {
    return new Rate(ownWords, words);
  }
}
