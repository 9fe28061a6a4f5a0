package org.casebook.report;

/**
 * A share: how many out of how many, as a whole percentage rounded half up. With nothing to count
 * from (out of 0) there is no rate at all, which the pages show as "no data" rather than 0%.
 */
public record Rate(long count, long of) {

  public Rate {
    if (count < 0 || of < 0 || count > of) {
      throw new IllegalArgumentException("a rate counts 0 to " + of + ", not " + count);
    }
  }

  public boolean isNoData() {
    return of == 0;
  }

  /** The whole percentage (half up: 1 of 8 is 13%), or null when there is nothing to count. */
  public Integer percent() {
    return of == 0 ? null : (int) ((200 * count + of) / (2 * of));
  }

  public long getCount() {
    return count;
  }

  public long getOf() {
    return of;
  }

  public Integer getPercent() {
    return percent();
  }
}
