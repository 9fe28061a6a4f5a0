package org.casebook.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casebook.report.FigureTable.Cell;

/**
 * A report as a spreadsheet (XLSX): a first sheet saying what the figures are for, then one sheet
 * per group of figures with its tables one under another. Titles and header rows are bold; counts,
 * percentages and averages are numbers the spreadsheet can work with, and text is always text,
 * never a formula.
 */
public final class ReportXlsx {

  private static final int FIRST_COLUMN_CHARS = 60;
  private static final int COLUMN_CHARS = 18;

  private ReportXlsx() {}

  public static byte[] write(Report report) {
    try (Workbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(book);
      Sheet first = sheet(book, report.aboutTitle(), 2);
      int r = 0;
      put(first.createRow(r++), 0, report.title(), styles.bold);
      for (About a : report.about()) {
        Row row = first.createRow(r++);
        put(row, 0, a.label(), styles.bold);
        put(row, 1, a.value(), null);
      }
      for (FigureGroup group : report.groups()) {
        Sheet sheet = sheet(book, group.title(), columns(group));
        int n = 0;
        put(sheet.createRow(n++), 0, group.title(), styles.bold);
        for (FigureTable table : group.tables()) {
          n++;
          put(sheet.createRow(n++), 0, table.caption(), styles.bold);
          Row heading = sheet.createRow(n++);
          for (int i = 0; i < table.headings().size(); i++) {
            put(heading, i, table.headings().get(i), styles.bold);
          }
          for (List<Cell> cells : table.rows()) {
            cells(sheet.createRow(n++), cells, styles, false);
          }
          if (table.total() != null) {
            cells(sheet.createRow(n++), table.total(), styles, true);
          }
        }
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int columns(FigureGroup group) {
    return group.tables().stream().mapToInt(t -> t.headings().size()).max().orElse(1);
  }

  private static Sheet sheet(Workbook book, String title, int columns) {
    Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(title));
    sheet.setColumnWidth(0, FIRST_COLUMN_CHARS * 256);
    for (int i = 1; i < columns; i++) {
      sheet.setColumnWidth(i, COLUMN_CHARS * 256);
    }
    return sheet;
  }

  private static void put(Row row, int column, String value, CellStyle style) {
    org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
    cell.setCellValue(value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  private static void cells(Row row, List<Cell> cells, Styles styles, boolean bold) {
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      org.apache.poi.ss.usermodel.Cell cell = row.createCell(i);
      switch (c.kind()) {
        case COUNT -> {
          cell.setCellValue(c.number().doubleValue());
          cell.setCellStyle(bold ? styles.boldCount : styles.count);
        }
        case PERCENT -> {
          cell.setCellValue(c.number().doubleValue() / 100);
          cell.setCellStyle(styles.percent);
        }
        case DECIMAL -> {
          cell.setCellValue(c.number().doubleValue());
          cell.setCellStyle(styles.decimal);
        }
        default -> {
          cell.setCellValue(c.text());
          if (bold) {
            cell.setCellStyle(styles.bold);
          }
        }
      }
    }
  }

  /** The few cell styles the workbook needs, made once (a workbook holds a limited number). */
  private static final class Styles {
    final CellStyle bold;
    final CellStyle count;
    final CellStyle boldCount;
    final CellStyle percent;
    final CellStyle decimal;

    Styles(Workbook book) {
      Font font = book.createFont();
      font.setBold(true);
      bold = book.createCellStyle();
      bold.setFont(font);
      short whole = book.createDataFormat().getFormat("0");
      count = book.createCellStyle();
      count.setDataFormat(whole);
      boldCount = book.createCellStyle();
      boldCount.setDataFormat(whole);
      boldCount.setFont(font);
      percent = book.createCellStyle();
      percent.setDataFormat(book.createDataFormat().getFormat("0%"));
      decimal = book.createCellStyle();
      decimal.setDataFormat(book.createDataFormat().getFormat("0.0"));
    }
  }
}
