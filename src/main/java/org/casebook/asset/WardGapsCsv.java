package org.casebook.asset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Gaps by ward as a CSV file for a spreadsheet: UTF-8 with a byte order mark so Excel reads it as
 * UTF-8, CRLF line ends (RFC 4180), one row per ward and the whole council last. Ward names are
 * typed by staff, so a name that a spreadsheet would take for a formula is written as text.
 */
public final class WardGapsCsv {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private WardGapsCsv() {}

  /**
   * The file's bytes.
   *
   * @param gaps the figures
   * @param text the UI text for a message key (column headings, "Ward not recorded", yes and no)
   */
  public static byte[] write(WardGaps gaps, Function<String, String> text) {
    StringBuilder csv = new StringBuilder();
    List<String> heading = new ArrayList<>();
    heading.add(text.apply("gaps.ward"));
    heading.add(text.apply("gaps.people"));
    heading.add(text.apply("gaps.conversations"));
    for (AssetCategory c : AssetCategory.values()) {
      heading.add(text.apply("gaps.category." + c.name()));
    }
    heading.add(text.apply("gaps.totalAssets"));
    heading.add(text.apply("gaps.ratio"));
    heading.add(text.apply("gaps.short"));
    line(csv, heading);
    for (WardGaps.Row row : gaps.rows()) {
      line(
          csv,
          row,
          row.isWardNotRecorded() ? text.apply("gaps.notRecorded") : row.ward(),
          row.shortOfCapacity() ? text.apply("gaps.yes") : text.apply("gaps.no"));
    }
    line(csv, gaps.total(), text.apply("gaps.wholeCouncil"), "");
    byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[BOM.length + body.length];
    System.arraycopy(BOM, 0, file, 0, BOM.length);
    System.arraycopy(body, 0, file, BOM.length, body.length);
    return file;
  }

  /** Assets per 10 conversations to one decimal place, or blank with no conversations. */
  public static String ratio(Double ratio) {
    return ratio == null ? "" : String.format(Locale.UK, "%.1f", ratio);
  }

  private static void line(StringBuilder csv, WardGaps.Row row, String name, String isShort) {
    List<String> cells = new ArrayList<>();
    cells.add(name);
    cells.add(Long.toString(row.people()));
    cells.add(Long.toString(row.conversations()));
    for (AssetCategory c : AssetCategory.values()) {
      cells.add(Long.toString(row.count(c)));
    }
    cells.add(Long.toString(row.totalAssets()));
    cells.add(ratio(row.assetsPerTenConversations()));
    cells.add(isShort);
    line(csv, cells);
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(cells.get(i)));
    }
    csv.append("\r\n");
  }

  /** One field: quoted when it must be, and never read as a formula. */
  static String cell(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !isNumber(v)) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  private static boolean isNumber(String v) {
    return v.matches("-?\\d+(\\.\\d+)?");
  }
}
