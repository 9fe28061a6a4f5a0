package org.casebook.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casebook.contact.ResolutionRoute;
import org.casebook.report.About;
import org.casebook.report.FigureGroup;
import org.casebook.report.FigureTable;
import org.casebook.report.FileNames;
import org.casebook.report.Mean;
import org.casebook.report.ReportCsv;
import org.casebook.report.ReportXlsx;
import org.junit.jupiter.api.Test;

class OutcomeTablesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  /** A team's figures with a ward typed by staff that a spreadsheet would take for a formula. */
  static Figures figures(Breakdown.Kind kind) {
    OutcomeFilter filter =
        new OutcomeFilter(
            PeriodChoice.DATES,
            new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)),
            kind == Breakdown.Kind.TEAM ? null : 7L,
            kind == Breakdown.Kind.NONE ? 3L : null,
            "=Riverside, \"North\"");
    Map<ResolutionRoute, Long> byRoute = new EnumMap<>(ResolutionRoute.class);
    byRoute.put(ResolutionRoute.OWN_NETWORK, 2L);
    byRoute.put(ResolutionRoute.COMMUNITY_ASSET, 1L);
    byRoute.put(ResolutionRoute.LONG_TERM_CARE, 2L);
    List<Breakdown.Row> rows =
        List.of(
            new Breakdown.Row("Ada Worker", 4, 3, 1, 3, 2, 2, new Mean(110, 2), 1),
            new Breakdown.Row("Ali Worker", 0, 0, 0, 0, 0, 0, Mean.NONE, 0));
    return new Figures(
        filter,
        kind == Breakdown.Kind.TEAM ? null : "North Team",
        kind == Breakdown.Kind.NONE ? "Ada Worker" : null,
        6,
        TODAY,
        List.of(new Figures.Count("Community / other route", 3), new Figures.Count("Prison", 1)),
        List.of(
            new Figures.Count("Information and advice <b>", 4),
            new Figures.Count("Long-term support", 0)),
        new Figures.Requests(3, 0, 1, 2),
        byRoute,
        new Figures.Resolutions(5, 3, 2, 1),
        new Figures.Reviews(2, 1, new Mean(110, 2), new Mean(3, 2), new Mean(-1, 2), Mean.NONE, 4),
        new Breakdown(kind, kind == Breakdown.Kind.NONE ? List.of() : rows));
  }

  private static FigureTable table(List<FigureGroup> groups, String id) {
    return groups.stream()
        .flatMap(g -> g.tables().stream())
        .filter(t -> t.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> texts(List<FigureTable.Cell> cells) {
    return cells.stream().map(FigureTable.Cell::text).toList();
  }

  @Test
  void everyFigureIsInATableWithTheCountsBehindItsRates() {
    List<FigureGroup> groups = FigureTables.of(figures(Breakdown.Kind.WORKER));
    assertEquals(
        List.of("contacts", "repeats", "resolutions", "reviews", "breakdown"),
        groups.stream().map(FigureGroup::id).toList());

    FigureTable routes = table(groups, "contactsByRoute");
    assertEquals(
        "Contacts by route of access: North Team, =Riverside, \"North\" ward,"
            + " 1 April 2026 to 30 June 2026",
        routes.caption());
    assertEquals(List.of("Community / other route", "3", "75%"), texts(routes.rows().get(0)));
    assertEquals(List.of("All contacts", "4", ""), texts(routes.total()));
    FigureTable next = table(groups, "contactsByNextStep");
    assertEquals(List.of("Long-term support", "0", "0%"), texts(next.rows().get(1)), "zero kept");

    FigureTable repeats = table(groups, "repeats");
    assertEquals(List.of("3 months", "3", "0", "0%"), texts(repeats.rows().get(0)));
    assertEquals(
        List.of("6 months (the council's window)", "3", "1", "33%"), texts(repeats.rows().get(1)));
    assertEquals(List.of("12 months", "3", "2", "67%"), texts(repeats.rows().get(2)));

    FigureTable resolved = table(groups, "resolutionsByRoute");
    assertEquals(ResolutionRoute.values().length, resolved.rows().size(), "every route, 0 too");
    assertEquals(List.of("All resolutions", "5", ""), texts(resolved.total()));
    FigureTable judged = table(groups, "resolutionsJudged");
    assertEquals(
        List.of("Resolved through the person's own network or a community asset", "3", "5", "60%"),
        texts(judged.rows().get(0)));
    assertEquals(
        List.of("Judged sustainable by the worker", "2", "5", "40%"), texts(judged.rows().get(1)));
    assertEquals(
        List.of(
            "Judged sustainable, but the person came back within 6 months (flagged)",
            "1",
            "2",
            "50%"),
        texts(judged.rows().get(2)));

    FigureTable held = table(groups, "reviewsHeld");
    assertEquals(List.of("Reviews held", "2", "", ""), texts(held.rows().get(0)));
    assertEquals("50%", held.rows().get(1).get(3).text());
    assertEquals(List.of("Reviews overdue today", "4", "", ""), texts(held.rows().get(2)));
    FigureTable change = table(groups, "reviewsChange");
    assertEquals(List.of("T-score (goal attainment)", "55.0", "2"), texts(change.rows().get(0)));
    assertEquals("+1.5", change.rows().get(1).get(1).text());
    assertEquals("-0.5", change.rows().get(2).get(1).text());
    assertEquals(List.of("No data", "0"), texts(change.rows().get(3)).subList(1, 3));

    FigureTable byWorker = table(groups, "breakdown");
    assertEquals("Worker", byWorker.headings().get(0));
    assertEquals("Repeats within 6 months", byWorker.headings().get(3));
    assertEquals(
        List.of("Ada Worker", "4", "3", "1", "33%", "3", "2", "67%", "2", "55.0", "1"),
        texts(byWorker.rows().get(0)));
    assertEquals(
        List.of("Ali Worker", "0", "0", "0", "No data", "0", "0", "No data", "0", "No data", "0"),
        texts(byWorker.rows().get(1)));
  }

  @Test
  void theBreakdownIsByTeamForTheWholeCouncilAndLeftOutForOneWorker() {
    List<FigureGroup> council = FigureTables.of(figures(Breakdown.Kind.TEAM));
    assertEquals("Team", table(council, "breakdown").headings().get(0));
    assertTrue(table(council, "contactsByRoute").caption().contains("Whole council (every team)"));
    List<FigureGroup> one = FigureTables.of(figures(Breakdown.Kind.NONE));
    assertFalse(one.stream().anyMatch(g -> g.id().equals("breakdown")));
    assertTrue(table(one, "repeats").caption().contains("North Team, Ada Worker,"));
  }

  @Test
  void theAboutLinesSayWhatTheFiguresAreFor() {
    List<About> about = FigureTables.about(figures(Breakdown.Kind.WORKER));
    assertEquals(
        List.of("Period", "Team", "Worker", "Ward", "Repeat window", "Made on"),
        about.stream().map(About::label).toList());
    assertEquals("1 April 2026 to 30 June 2026 (Between these dates)", about.get(0).value());
    assertEquals("Every worker", about.get(2).value());
    assertEquals("6 months (the council's choice)", about.get(4).value());
    assertEquals("23 November 2026", about.get(5).value());
  }

  @Test
  void theCsvHasEveryTableUnderItsTitleAndTypedTextIsNeverAFormula() {
    Figures f = figures(Breakdown.Kind.WORKER);
    byte[] file = ReportCsv.write(FigureTables.report(f));
    assertEquals((byte) 0xEF, file[0], "a byte order mark for Excel");
    String csv = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
    List<String> lines = List.of(csv.split("\r\n", -1));
    assertEquals("Outcomes", lines.get(0));
    assertEquals(
        "Ward,\"'=Riverside, \"\"North\"\"\"", lines.get(4), "quoted, escaped, not a formula");
    assertTrue(lines.contains("Contacts"));
    int at = lines.indexOf("Route of access,Contacts,Share of contacts");
    assertTrue(at > 0, csv);
    assertTrue(lines.get(at - 1).startsWith("\"Contacts by route of access: North Team, "));
    assertEquals("Community / other route,3,75%", lines.get(at + 1));
    assertEquals("All contacts,4,", lines.get(at + 3));
    assertTrue(
        lines.contains("\"6 months (the council's window)\",3,1,33%")
            || lines.contains("6 months (the council's window),3,1,33%"),
        csv);
    assertTrue(
        lines.contains("Change in how in control of their life they feel (0 to 10),-0.5,2"), csv);
    assertTrue(lines.contains("Change in how connected they feel (0 to 10),No data,0"), csv);
    assertTrue(lines.contains("Ada Worker,4,3,1,33%,3,2,67%,2,55.0,1"), csv);
    assertFalse(csv.contains("\n\n\n"), "one blank line between tables");
    assertTrue(csv.endsWith("\r\n"));
  }

  @Test
  void theSpreadsheetHasASheetPerGroupWithBoldHeadingsAndRealNumbers() throws IOException {
    Figures f = figures(Breakdown.Kind.WORKER);
    byte[] file = ReportXlsx.write(FigureTables.report(f));
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      List<String> sheets = new ArrayList<>();
      book.forEach(s -> sheets.add(s.getSheetName()));
      assertEquals(
          List.of(
              "About these figures",
              "Contacts",
              "Repeat contacts",
              "Resolutions",
              "Reviews",
              "By worker"),
          sheets);
      Sheet about = book.getSheet("About these figures");
      assertEquals("=Riverside, \"North\"", about.getRow(4).getCell(1).getStringCellValue());
      assertEquals(CellType.STRING, about.getRow(4).getCell(1).getCellType(), "text, not formula");

      Sheet contacts = book.getSheet("Contacts");
      assertEquals("Contacts", contacts.getRow(0).getCell(0).getStringCellValue());
      assertTrue(
          contacts.getRow(2).getCell(0).getStringCellValue().startsWith("Contacts by route"));
      var heading = contacts.getRow(3);
      assertEquals("Route of access", heading.getCell(0).getStringCellValue());
      assertTrue(book.getFontAt(heading.getCell(0).getCellStyle().getFontIndex()).getBold());
      assertTrue(book.getFontAt(heading.getCell(2).getCellStyle().getFontIndex()).getBold());
      var first = contacts.getRow(4);
      assertEquals("Community / other route", first.getCell(0).getStringCellValue());
      assertEquals(CellType.NUMERIC, first.getCell(1).getCellType());
      assertEquals(3.0, first.getCell(1).getNumericCellValue());
      assertEquals(0.75, first.getCell(2).getNumericCellValue(), 1e-9, "75% as a percentage");
      assertEquals("0%", first.getCell(2).getCellStyle().getDataFormatString());

      Sheet reviews = book.getSheet("Reviews");
      boolean found = false;
      for (var row : reviews) {
        if (row.getCell(0) != null
            && row.getCell(0)
                .getStringCellValue()
                .equals("Change in how connected they feel (0 to 10)")) {
          assertEquals("No data", row.getCell(1).getStringCellValue());
          found = true;
        }
      }
      assertTrue(found);
    }
  }

  @Test
  void filesAreNamedForTheFilterAndTheDay() {
    assertEquals(
        "outcomes-north-team-riverside-north-2026-04-01-to-2026-06-30-made-2026-11-23.csv",
        figures(Breakdown.Kind.WORKER).fileName("csv"));
    assertEquals(
        "outcomes-whole-council-riverside-north-2026-04-01-to-2026-06-30-made-2026-11-23.xlsx",
        figures(Breakdown.Kind.TEAM).fileName("xlsx"));
    assertEquals("cafe-s-team", FileNames.slug("Café's Team"));
  }
}
