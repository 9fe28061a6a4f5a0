package org.casebook.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An average and how many values it rests on. Sums and counts come from the database and the
 * division is done here, the same way on every database.
 */
public record Mean(double sum, long count) {

  public static final Mean NONE = new Mean(0, 0);

  public Mean {
    if (count < 0) {
      throw new IllegalArgumentException("a count is never negative");
    }
  }

  public boolean isNoData() {
    return count == 0;
  }

  /** The average to one decimal place, half up (away from zero), or null with no values. */
  public BigDecimal rounded() {
    return count == 0
        ? null
        : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
  }

  /** The average to one decimal place as text ("52.3"), or "" with no values. */
  public String shown() {
    BigDecimal r = rounded();
    return r == null ? "" : r.toPlainString();
  }

  /** A change, with its sign: "+1.5", "-0.5", "0.0"; "" with no values. */
  public String shownAsChange() {
    BigDecimal r = rounded();
    if (r == null) {
      return "";
    }
    return r.signum() > 0 ? "+" + r.toPlainString() : r.toPlainString();
  }

  public long getCount() {
    return count;
  }
}
