package org.casebook.asset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.casebook.platform.Csv;

/**
 * Gaps by ward as a CSV file for a spreadsheet: UTF-8 with a byte order mark so Excel reads it as
 * UTF-8, CRLF line ends (RFC 4180), one row per ward and the whole council last. Ward names are
 * typed by staff, so a name that a spreadsheet would take for a formula is written as text.
 */
public final class WardGapsCsv {

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
    return Csv.forExcel(csv);
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
    Csv.line(csv, cells);
  }

  /** One field: quoted when it must be, and never read as a formula. */
  static String cell(String value) {
    return Csv.cell(value);
  }
}
