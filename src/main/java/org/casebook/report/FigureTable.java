package org.casebook.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * One table of figures as the page, the CSV file and the spreadsheet all show it: a caption, column
 * headings, rows whose first cell names the row, an optional total row, and the chart drawn from it
 * (null when it has none).
 */
public record FigureTable(
    String id,
    String caption,
    List<String> headings,
    List<List<Cell>> rows,
    List<Cell> total,
    Chart chart) {

  public FigureTable {
    headings = List.copyOf(headings);
    rows = rows.stream().map(List::copyOf).toList();
    total = total == null ? null : List.copyOf(total);
  }

  public String getId() {
    return id;
  }

  public String getCaption() {
    return caption;
  }

  public List<String> getHeadings() {
    return headings;
  }

  public List<List<Cell>> getRows() {
    return rows;
  }

  public List<Cell> getTotal() {
    return total;
  }

  public Chart getChart() {
    return chart;
  }

  /** What a cell holds, for the spreadsheet's cell types. */
  public enum Kind {
    TEXT,
    COUNT,
    /** A whole percentage (40 for 40%). */
    PERCENT,
    /** A number to one decimal place. */
    DECIMAL,
    /** A rate or average with nothing to count from. */
    NO_DATA
  }

  /**
   * One cell: the words shown and, for numbers, the number itself.
   *
   * @param kind what it holds
   * @param text as shown on the page ("40%", "52.3", "+1.5", "No data")
   * @param number the number (40 for 40%), or null for text and no data
   */
  public record Cell(Kind kind, String text, Number number) {

    public static Cell text(String text) {
      return new Cell(Kind.TEXT, text == null ? "" : text, null);
    }

    public static Cell count(long n) {
      return new Cell(Kind.COUNT, Long.toString(n), n);
    }

    public static Cell percent(Rate rate, String noData) {
      return rate.isNoData()
          ? new Cell(Kind.NO_DATA, noData, null)
          : new Cell(Kind.PERCENT, rate.percent() + "%", rate.percent());
    }

    public static Cell mean(Mean mean, String noData) {
      return decimal(mean.rounded(), noData);
    }

    public static Cell change(Mean mean, String noData) {
      return change(mean.rounded(), noData);
    }

    /** A number to one decimal place as it is ("2.5"), or no data when there is none. */
    public static Cell decimal(BigDecimal value, String noData) {
      return value == null
          ? new Cell(Kind.NO_DATA, noData, null)
          : new Cell(Kind.DECIMAL, value.toPlainString(), value);
    }

    /** A change, with its sign ("+1.5", "-0.5", "0.0"), or no data when there is none. */
    public static Cell change(BigDecimal value, String noData) {
      if (value == null) {
        return new Cell(Kind.NO_DATA, noData, null);
      }
      String text = value.toPlainString();
      return new Cell(Kind.DECIMAL, value.signum() > 0 ? "+" + text : text, value);
    }

    /** A change in a whole number, with its sign ("+5", "-2", "0"). */
    public static Cell change(long n) {
      return new Cell(Kind.COUNT, n > 0 ? "+" + n : Long.toString(n), n);
    }

    /**
     * The value as a CSV file gives it: percentages as "40%" (spreadsheets read them as 0.4), other
     * numbers plain ("-0.5", not "−0.5" or "+1.5"), text as shown.
     */
    public String csv() {
      return number == null || kind == Kind.PERCENT ? text : number.toString();
    }

    public Kind getKind() {
      return kind;
    }

    public String getText() {
      return text;
    }

    public boolean isNumeric() {
      return kind != Kind.TEXT;
    }
  }

  /**
   * A bar chart drawn from the table, for the page.
   *
   * @param json the Chart.js configuration
   * @param ariaLabel what the chart shows, for screen readers (the table beside it has the figures)
   * @param height its height in pixels, enough for every bar
   */
  public record Chart(String json, String ariaLabel, int height) {
    public String getJson() {
      return json;
    }

    public String getAriaLabel() {
      return ariaLabel;
    }

    public int getHeight() {
      return height;
    }
  }
}
