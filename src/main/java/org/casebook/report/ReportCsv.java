package org.casebook.report;

import java.util.ArrayList;
import java.util.List;
import org.casebook.platform.Csv;
import org.casebook.report.FigureTable.Cell;

/**
 * A report as one CSV file: its title and what the figures are for at the top, then every table one
 * after another, each under its group's and its own title, with a blank line between.
 */
public final class ReportCsv {

  private ReportCsv() {}

  public static byte[] write(Report report) {
    StringBuilder csv = new StringBuilder();
    Csv.line(csv, List.of(report.title()));
    for (About a : report.about()) {
      Csv.line(csv, List.of(a.label(), a.value()));
    }
    for (FigureGroup group : report.groups()) {
      Csv.line(csv, List.of());
      Csv.line(csv, List.of(group.title()));
      for (FigureTable table : group.tables()) {
        Csv.line(csv, List.of(table.caption()));
        Csv.line(csv, table.headings());
        for (List<Cell> row : table.rows()) {
          Csv.line(csv, values(row));
        }
        if (table.total() != null) {
          Csv.line(csv, values(table.total()));
        }
        Csv.line(csv, List.of());
      }
    }
    return Csv.forExcel(csv);
  }

  private static List<String> values(List<Cell> row) {
    List<String> values = new ArrayList<>(row.size());
    row.forEach(c -> values.add(c.csv()));
    return values;
  }
}
