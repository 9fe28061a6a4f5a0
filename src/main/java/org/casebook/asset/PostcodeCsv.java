package org.casebook.asset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.casebook.person.Postcode;

/**
 * Reads a postcode directory in CSV: a header row naming the columns, then one postcode a line. The
 * columns are found by name, so the ONS Postcode Directory (pcds, lat, long) and a council's own
 * list (postcode, latitude, longitude, ward) both work; other columns are ignored. Lines that
 * cannot be used are skipped and said why, by line number; the postcodes themselves are never
 * personal data.
 */
public final class PostcodeCsv {

  /** At most this many skipped lines are described; the rest are only counted. */
  static final int PROBLEMS_SHOWN = 20;

  private static final List<String> POSTCODE = List.of("postcode", "pcds", "pcd", "pcd7", "pcd8");
  private static final List<String> LATITUDE = List.of("latitude", "lat");
  private static final List<String> LONGITUDE = List.of("longitude", "long", "lng", "lon");
  private static final List<String> WARD =
      List.of("ward", "ward name", "ward_name", "wardname", "wdnm", "osward_name");

  private PostcodeCsv() {}

  /** A usable line: a postcode (normalised) and where it is. */
  public record Row(String postcode, double latitude, double longitude, String ward) {}

  /**
   * What was read. {@code fatal} is a message key when the file cannot be used at all (no header
   * with a postcode, latitude and longitude column).
   */
  public record Result(List<Row> rows, int skipped, List<String> problems, String fatal) {
    public boolean ok() {
      return fatal == null;
    }
  }

  public static Result read(Reader reader) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    String header = in.readLine();
    if (header == null) {
      return new Result(List.of(), 0, List.of(), "postcodes.file.empty");
    }
    List<String> names =
        split(header.startsWith("\uFEFF") ? header.substring(1) : header).stream()
            .map(n -> n.strip().toLowerCase(Locale.ROOT))
            .toList();
    int pc = column(names, POSTCODE);
    int lat = column(names, LATITUDE);
    int lng = column(names, LONGITUDE);
    int ward = column(names, WARD);
    if (pc < 0 || lat < 0 || lng < 0) {
      return new Result(List.of(), 0, List.of(), "postcodes.file.columns");
    }
    List<Row> rows = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int skipped = 0;
    int lineNumber = 1;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      List<String> cells = split(line);
      String problem = null;
      Optional<String> postcode = Optional.empty();
      double la = Double.NaN;
      double lo = Double.NaN;
      if (cells.size() <= Math.max(pc, Math.max(lat, lng))) {
        problem = "not enough columns";
      } else {
        postcode = Postcode.normalise(cells.get(pc));
        la = number(cells.get(lat));
        lo = number(cells.get(lng));
        if (postcode.isEmpty()) {
          problem = "not a postcode";
        } else if (!GeoPoint.isValid(la, lo)) {
          // The ONS directory gives a latitude of 99.999999 for postcodes it cannot place.
          problem = "no usable latitude and longitude";
        }
      }
      if (problem != null) {
        skipped++;
        if (problems.size() < PROBLEMS_SHOWN) {
          problems.add("line " + lineNumber + ": " + problem);
        }
        continue;
      }
      String w = ward >= 0 && ward < cells.size() ? cells.get(ward).strip() : "";
      rows.add(new Row(postcode.get(), la, lo, w.isEmpty() ? null : w));
    }
    return new Result(rows, skipped, problems, null);
  }

  private static int column(List<String> names, List<String> wanted) {
    for (String w : wanted) {
      int i = names.indexOf(w);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static double number(String s) {
    try {
      return Double.parseDouble(s.strip());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** One CSV line into cells: commas separate, double quotes may wrap a cell ("" is a quote). */
  static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
