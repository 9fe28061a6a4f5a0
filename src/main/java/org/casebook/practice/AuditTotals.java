package org.casebook.practice;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.casebook.report.Mean;

/**
 * Case-file audits whose feedback has been sent, added up: how many, and for each practice
 * principle the sum and number of its scores, for the average. Audits not yet sent do not count.
 *
 * @param sent audits sent
 * @param scores each principle's scores (a principle never scored is left out)
 */
public record AuditTotals(long sent, Map<Principle, Mean> scores) {

  /** No audits at all. */
  public static final AuditTotals NONE = new AuditTotals(0, Map.of());

  public AuditTotals {
    Map<Principle, Mean> kept = new EnumMap<>(Principle.class);
    kept.putAll(scores);
    scores = Collections.unmodifiableMap(kept);
  }

  /** The average score for a principle (no data when it was never scored). */
  public Mean score(Principle p) {
    return scores.getOrDefault(p, Mean.NONE);
  }

  /** The average of every score given, whatever the principle. */
  public Mean all() {
    double sum = 0;
    long count = 0;
    for (Mean m : scores.values()) {
      sum += m.sum();
      count += m.count();
    }
    return new Mean(sum, count);
  }

  public AuditTotals plus(AuditTotals o) {
    Map<Principle, Mean> added = new EnumMap<>(Principle.class);
    for (Principle p : Principle.values()) {
      Mean a = score(p);
      Mean b = o.score(p);
      if (!a.isNoData() || !b.isNoData()) {
        added.put(p, new Mean(a.sum() + b.sum(), a.count() + b.count()));
      }
    }
    return new AuditTotals(sent + o.sent, added);
  }
}
