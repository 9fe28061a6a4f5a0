package org.casebook.report;

import java.util.List;

/**
 * A group of figures on the dashboard (contacts, repeat contacts, resolutions, reviews, by team or
 * worker): a heading, a sentence on how the figures are counted, and its tables. In the spreadsheet
 * each group is a sheet.
 */
public record FigureGroup(String id, String title, String explanation, List<FigureTable> tables) {

  public FigureGroup {
    tables = List.copyOf(tables);
  }

  public String getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getExplanation() {
    return explanation;
  }

  public List<FigureTable> getTables() {
    return tables;
  }
}
