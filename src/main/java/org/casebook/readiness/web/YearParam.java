package org.casebook.readiness.web;

import java.io.Serializable;

/** A page about one year's self-assessment, named by the {@code year} in its address. */
abstract class YearParam implements Serializable {

  private static final long serialVersionUID = 1L;

  protected Integer year;

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  /** The year as words ("2026", never "2,026"). */
  public String getYearText() {
    return year == null ? "" : String.valueOf(year);
  }
}
