package org.casebook.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.casebook.report.FigureTable.Cell;

/**
 * A report as a PDF (OpenPDF) to print or file: A4 landscape, so that a month-by-month table fits
 * across the page; the title, then what the figures are for (the "Made on" date among them), then
 * every group with its explanation and tables, each table under its caption with its heading row
 * repeated on every page it runs onto. Liberation Sans is embedded, so any name prints as typed.
 * Numbers are right-aligned; the footer says which report and page it is. Charts are left out: the
 * tables hold the same figures.
 */
public final class ReportPdf {

  private static final Color TEXT = new Color(0x1f, 0x29, 0x33);
  private static final Color HEADING_BACKGROUND = new Color(0xe8, 0xee, 0xf4);
  private static final Color RULE = new Color(0x9a, 0xa5, 0xb1);
  private static final float MARGIN = 36;

  private ReportPdf() {}

  public static byte[] write(Report report) {
    Fonts fonts = Fonts.load();
    Document document = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, MARGIN, MARGIN + 14);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
      writer.setPageEvent(new Footer(report.title(), fonts.small));
      document.addTitle(report.title());
      document.addCreator("Casebook");
      document.open();
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en-GB"));
      document.add(paragraph(report.title(), fonts.title, 0, 8));
      document.add(about(report.about(), fonts));
      for (FigureGroup group : report.groups()) {
        document.add(paragraph(group.title(), fonts.heading, 14, 4));
        document.add(paragraph(group.explanation(), fonts.body, 0, 6));
        for (FigureTable table : group.tables()) {
          Paragraph caption = paragraph(table.caption(), fonts.bold, 6, 4);
          caption.setKeepTogether(true);
          document.add(caption);
          document.add(table(table, fonts));
        }
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("could not write the report", e);
    }
    return out.toByteArray();
  }

  private static Paragraph paragraph(String text, Font font, float before, float after) {
    Paragraph p = new Paragraph(text == null ? "" : text, font);
    p.setSpacingBefore(before);
    p.setSpacingAfter(after);
    return p;
  }

  private static PdfPTable about(List<About> about, Fonts fonts) throws DocumentException {
    PdfPTable t = new PdfPTable(2);
    t.setWidthPercentage(70);
    t.setHorizontalAlignment(Element.ALIGN_LEFT);
    t.setWidths(new float[] {1, 3});
    t.setSpacingAfter(6);
    for (About a : about) {
      t.addCell(cell(a.label(), fonts.bold, false, null));
      t.addCell(cell(a.value(), fonts.body, false, null));
    }
    return t;
  }

  private static PdfPTable table(FigureTable table, Fonts fonts) throws DocumentException {
    int columns = table.headings().size();
    PdfPTable t = new PdfPTable(columns);
    t.setWidthPercentage(100);
    float[] widths = new float[columns];
    widths[0] = columns > 6 ? 2.2f : 3;
    for (int i = 1; i < columns; i++) {
      widths[i] = 1;
    }
    t.setWidths(widths);
    t.setHeaderRows(1);
    t.setSpacingBefore(4);
    t.setSpacingAfter(8);
    for (int i = 0; i < columns; i++) {
      PdfPCell c = cell(table.headings().get(i), fonts.bold, i > 0, HEADING_BACKGROUND);
      t.addCell(c);
    }
    for (List<Cell> row : table.rows()) {
      addRow(t, row, fonts.body, fonts);
    }
    if (table.total() != null) {
      addRow(t, table.total(), fonts.bold, fonts);
    }
    return t;
  }

  private static void addRow(PdfPTable t, List<Cell> row, Font font, Fonts fonts) {
    for (int i = 0; i < row.size(); i++) {
      Cell c = row.get(i);
      t.addCell(cell(c.text(), i == 0 ? fonts.bold : font, i > 0 && c.isNumeric(), null));
    }
  }

  private static PdfPCell cell(String text, Font font, boolean number, Color background) {
    PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
    c.setPadding(3);
    c.setBorderColor(RULE);
    c.setBorderWidth(0.5f);
    c.setHorizontalAlignment(number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
    if (background != null) {
      c.setBackgroundColor(background);
    }
    return c;
  }

  /** "Casebook – Practice culture – page 2" at the foot of every page. */
  private static final class Footer extends PdfPageEventHelper {
    private final String title;
    private final Font font;

    Footer(String title, Font font) {
      this.title = title;
      this.font = font;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      ColumnText.showTextAligned(
          writer.getDirectContent(),
          Element.ALIGN_LEFT,
          new Phrase("Casebook – " + title + " – page " + writer.getPageNumber(), font),
          document.left(),
          document.bottom() - 18,
          0);
    }
  }

  /** Liberation Sans, regular and bold, embedded (from the openpdf-fonts-extra jar). */
  private record Fonts(Font title, Font heading, Font bold, Font body, Font small) {

    static Fonts load() {
      BaseFont regular = font("LiberationSans-Regular.ttf");
      BaseFont bold = font("LiberationSans-Bold.ttf");
      return new Fonts(
          new Font(bold, 18, Font.NORMAL, TEXT),
          new Font(bold, 13, Font.NORMAL, TEXT),
          new Font(bold, 8.5f, Font.NORMAL, TEXT),
          new Font(regular, 8.5f, Font.NORMAL, TEXT),
          new Font(regular, 7.5f, Font.NORMAL, TEXT));
    }

    private static BaseFont font(String file) {
      try (InputStream in = ReportPdf.class.getResourceAsStream("/liberation/" + file)) {
        if (in == null) {
          throw new IllegalStateException("the font " + file + " is missing");
        }
        return BaseFont.createFont(
            file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (DocumentException e) {
        throw new IllegalStateException("the font " + file + " cannot be read", e);
      }
    }
  }
}
