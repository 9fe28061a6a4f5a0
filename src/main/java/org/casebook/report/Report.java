package org.casebook.report;

import java.util.List;

/**
 * A dashboard's figures as one document, as every download writes it: its title, what the figures
 * are for, and its groups of tables in the order the page shows them.
 *
 * @param title the dashboard's name ("Outcomes")
 * @param aboutTitle the heading of what the figures are for (the spreadsheet's first sheet)
 * @param about what the figures are for, line by line
 * @param groups the groups of tables
 */
public record Report(String title, String aboutTitle, List<About> about, List<FigureGroup> groups) {

  public Report {
    about = List.copyOf(about);
    groups = List.copyOf(groups);
  }
}
