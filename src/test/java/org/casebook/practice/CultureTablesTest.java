package org.casebook.practice;

import static org.casebook.practice.CultureFiguresTest.NOW;
import static org.casebook.practice.CultureFiguresTest.aud;
import static org.casebook.practice.CultureFiguresTest.figures;
import static org.casebook.practice.CultureFiguresTest.rec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casebook.report.FigureGroup;
import org.casebook.report.FigureTable;
import org.casebook.report.ReportCsv;
import org.casebook.report.ReportPdf;
import org.casebook.report.ReportXlsx;
import org.junit.jupiter.api.Test;

class CultureTablesTest {

  /** North Team over 12 months: records in January and this month, audits in January. */
  private static CultureFigures north() {
    return figures(
        new CultureFilter(12, NOW, 1L, null),
        List.of(
            rec(YearMonth.of(2025, 11), 7, 2, 1000, 8, 0, 0, 0, 0, 0, 2, 0),
            rec(YearMonth.of(2026, 1), 7, 4, 2000, 10, 300, 3, 2, 1, 1, 5, 2),
            rec(YearMonth.of(2026, 1), 8, 1, 500, 5, 0, 0, 1, 0, 0, 0, 0),
            rec(NOW, 7, 2, 800, 0, 80, 2, 2, 2, 2, 2, 2)),
        List.of(aud(YearMonth.of(2026, 1), 7, 2, 2, 3), aud(YearMonth.of(2025, 11), 7, 1, 1)));
  }

  private static FigureTable table(List<FigureGroup> groups, String id) {
    return groups.stream()
        .flatMap(g -> g.tables().stream())
        .filter(t -> t.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no table " + id));
  }

  private static List<String> texts(List<FigureTable.Cell> cells) {
    return cells.stream().map(FigureTable.Cell::text).toList();
  }

  @Test
  void eachTrendHasARowAMonthATotalAndAChartOfTheSameFigures() {
    List<FigureGroup> groups = CultureTables.of(north());
    assertEquals(
        List.of("language", "practice", "goals", "audits", "change", "breakdown"),
        groups.stream().map(FigureGroup::id).toList());

    FigureTable language = table(groups, "language");
    assertEquals(
        "Records signed and language to reconsider, month by month: North Team,"
            + " December 2025 to November 2026",
        language.caption());
    assertEquals(12, language.rows().size());
    assertEquals(
        List.of("December 2025", "0", "0", "0", "No data", "0", "No data"),
        texts(language.rows().get(0)),
        "an empty month is empty");
    assertEquals(
        List.of("January 2026", "5", "2500", "15", "6.0", "300", "12%"),
        texts(language.rows().get(1)));
    assertEquals("November 2026 (so far)", language.rows().get(11).get(0).text());
    assertEquals(
        List.of("All 12 months", "7", "3300", "15", "4.5", "380", "12%"),
        texts(language.total()),
        "November 2025 is before the months shown");
    String json = language.chart().json();
    assertTrue(json.contains("\"type\":\"line\""), json);
    assertTrue(
        json.contains("\"data\":[null,6,null,null,null,null,null,null,null,null,null,0]"), json);
    assertTrue(json.contains("\"spanGaps\":false"), "gaps stay gaps");
    assertTrue(language.chart().ariaLabel().startsWith("Line chart of language to reconsider"));

    FigureTable practice = table(groups, "practice");
    assertEquals(
        List.of("January 2026", "5", "3", "60%", "3", "60%", "1", "20%"),
        texts(practice.rows().get(1)));
    assertEquals(
        List.of("All 12 months", "7", "5", "71%", "5", "71%", "3", "43%"), texts(practice.total()));
    assertTrue(practice.chart().json().contains("\"data\":[null,60,"), practice.chart().json());

    FigureTable goals = table(groups, "goals");
    assertEquals(
        List.of("January 2026", "5", "1", "20%", "5", "2", "40%"), texts(goals.rows().get(1)));
    assertEquals(
        List.of("November 2026 (so far)", "2", "2", "100%", "2", "2", "100%"),
        texts(goals.rows().get(11)));

    FigureTable audits = table(groups, "audits");
    assertEquals(10, audits.headings().size(), "month, sent, seven principles, all");
    assertEquals("The person’s voice and own words", audits.headings().get(2));
    assertEquals(
        List.of("January 2026", "2", "2.5", "2.5", "2.5", "2.5", "2.5", "2.5", "2.5", "2.5"),
        texts(audits.rows().get(1)));
    assertEquals("No data", audits.rows().get(0).get(2).text());
    assertTrue(audits.chart().json().contains("\"min\":1,\"max\":4"), audits.chart().json());
  }

  @Test
  void theYearsChangeSetsTheLastTwelveMonthsBesideTheTwelveBefore() {
    FigureTable change = table(CultureTables.of(north()), "change");
    assertEquals(
        List.of(
            "Measure",
            "December 2025 to November 2026",
            "December 2024 to November 2025",
            "Change"),
        change.headings());
    assertEquals(List.of("Records signed", "7", "2", "+5"), texts(change.rows().get(0)));
    assertEquals(
        List.of("Language to reconsider per 1,000 words", "4.5", "8.0", "-3.5"),
        texts(change.rows().get(1)));
    assertEquals(
        List.of("Records with at least one strength", "71%", "0%", "+71"),
        texts(change.rows().get(2)),
        "percentage points");
    assertEquals(List.of("Audits sent", "2", "1", "+1"), texts(change.rows().get(8)));
    assertEquals(
        List.of("All principles", "2.5", "1.0", "+1.5"),
        texts(change.rows().get(change.rows().size() - 1)));
  }

  @Test
  void aYearWithNothingInItHasNoChangeToShow() {
    CultureFigures none =
        figures(
            new CultureFilter(12, NOW, 1L, 7L),
            List.of(rec(NOW, 7, 1, 10, 0, 0, 1, 0, 0, 0, 0, 0)),
            List.of());
    List<FigureGroup> groups = CultureTables.of(none);
    assertFalse(groups.stream().anyMatch(g -> g.id().equals("breakdown")), "one worker");
    FigureTable change = table(groups, "change");
    assertEquals(
        List.of("Records with at least one strength", "100%", "No data", "No data"),
        texts(change.rows().get(2)));
    assertTrue(table(groups, "language").caption().contains("North Team, Ada Worker,"));
  }

  @Test
  void theBreakdownGivesEachWorkersMainFigures() {
    FigureTable byWorker = table(CultureTables.of(north()), "breakdown");
    assertEquals("Worker", byWorker.headings().get(0));
    assertEquals(
        List.of("Ada Worker", "6", "3.6", "83%", "67%", "50%", "50%", "2", "2.5"),
        texts(byWorker.rows().get(0)));
    assertEquals(
        List.of(
            "Amy Worker",
            "0",
            "No data",
            "No data",
            "No data",
            "No data",
            "No data",
            "0",
            "No data"),
        texts(byWorker.rows().get(2)));
  }

  @Test
  void theDownloadsHaveEveryTableAndThePdfIsATitledDatedReport() throws IOException {
    var report = CultureTables.report(north());
    String csv = new String(ReportCsv.write(report), StandardCharsets.UTF_8).substring(1);
    List<String> lines = List.of(csv.split("\r\n", -1));
    assertEquals("Practice culture", lines.get(0));
    assertTrue(lines.contains("Made on,23 November 2026"), csv);
    assertTrue(lines.contains("January 2026,5,2500,15,6.0,300,12%"), csv);
    assertTrue(lines.contains("December 2025,0,0,0,No data,0,No data"), csv);

    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(ReportXlsx.write(report)))) {
      assertEquals("What these figures are for", book.getSheetAt(0).getSheetName());
      Sheet language = book.getSheet("Records and language");
      var january = language.getRow(5);
      assertEquals("January 2026", january.getCell(0).getStringCellValue());
      assertEquals(2500.0, january.getCell(2).getNumericCellValue());
      assertEquals(6.0, january.getCell(4).getNumericCellValue());
      assertEquals(CellType.NUMERIC, january.getCell(6).getCellType());
      assertEquals(0.12, january.getCell(6).getNumericCellValue(), 1e-9);
    }

    byte[] pdf = ReportPdf.write(report);
    assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
    PdfReader reader = new PdfReader(pdf);
    try {
      assertEquals(842f, reader.getPageSizeWithRotation(1).getWidth(), 1f, "A4 landscape");
      assertEquals(595f, reader.getPageSizeWithRotation(1).getHeight(), 1f);
      assertEquals("Practice culture", reader.getInfo().get("Title"));
      String first = new PdfTextExtractor(reader).getTextFromPage(1);
      assertTrue(first.contains("Practice culture"), first);
      assertTrue(first.contains("23 November 2026"), first);
      assertTrue(first.contains("North Team"), first);
      StringBuilder all = new StringBuilder();
      for (int p = 1; p <= reader.getNumberOfPages(); p++) {
        all.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
      }
      assertTrue(all.toString().contains("January 2026"), all.toString());
      assertTrue(all.toString().contains("Main figures by worker"), all.toString());
      assertTrue(all.toString().contains("page " + reader.getNumberOfPages()));
    } finally {
      reader.close();
    }
  }
}
