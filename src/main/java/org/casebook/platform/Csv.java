package org.casebook.platform;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV files for spreadsheets (RFC 4180): fields quoted when they must be, CRLF line ends, UTF-8.
 * Text typed by staff can reach a file, so a field a spreadsheet would take for a formula is
 * written as text.
 */
public final class Csv {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private Csv() {}

  /** One line of fields, ended with CRLF. */
  public static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(cells.get(i)));
    }
    csv.append("\r\n");
  }

  /** One field: quoted when it must be, and never read as a formula. */
  public static String cell(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !isNumber(v)) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  /** UTF-8 with a byte order mark, so Excel reads it as UTF-8. */
  public static byte[] forExcel(CharSequence csv) {
    byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[BOM.length + body.length];
    System.arraycopy(BOM, 0, file, 0, BOM.length);
    System.arraycopy(body, 0, file, BOM.length, body.length);
    return file;
  }

  private static boolean isNumber(String v) {
    return v.matches("-?\\d+(\\.\\d+)?");
  }
}
