package org.casebook.report;

/**
 * One line of what a report's figures are for ("Period", "1 April 2026 to 30 June 2026"), for the
 * top of the page and of each download.
 */
public record About(String label, String value) {
  public String getLabel() {
    return label;
  }

  public String getValue() {
    return value;
  }
}
