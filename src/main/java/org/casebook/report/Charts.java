package org.casebook.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chart.js configurations (the JSON PrimeFaces' {@code p:chart} takes): horizontal bar charts in
 * one colour, and line charts of a trend whose lines differ in colour, marker and dash, so colour
 * is never the only way to tell them apart. Every colour has more than 3:1 contrast against the
 * white page; text is dark; nothing is animated. The words come from the council's lists and
 * staff's names, so every string is escaped for JSON and for the script element the configuration
 * is written into.
 */
public final class Charts {

  /** Casebook's blue: 8.4:1 against white. */
  public static final String BAR_COLOUR = "#0b4f8a";

  /** Casebook's text colour, for labels and ticks: 14.5:1 against white. */
  public static final String TEXT_COLOUR = "#1f2933";

  /** One colour, marker and dash a line, in turn; each colour 4.5:1 or more against white. */
  private static final List<String> LINE_COLOURS =
      List.of("#0b4f8a", "#a63a0f", "#1e6b35", "#6a3d9a", "#7a5c00", "#a3195b", "#1f2933");

  private static final List<String> MARKERS =
      List.of("circle", "triangle", "rect", "rectRot", "star", "crossRot", "rectRounded");

  private static final List<String> DASHES =
      List.of("[]", "[8,4]", "[2,3]", "[12,4,2,4]", "[4,4]", "[14,6]", "[6,3,2,3]");

  private static final int LINE_CHART_PIXELS = 340;

  private static final int BAR_PIXELS = 36;
  private static final int LINE_PIXELS = 17;
  private static final int FRAME_PIXELS = 80;
  private static final int LINE_CHARS = 28;

  private Charts() {}

  /**
   * A horizontal bar chart.
   *
   * @param labels one label a bar
   * @param values one value a bar (null draws no bar, for "no data")
   * @param series what the values are ("Contacts")
   * @param percent whether the values are percentages (the axis then runs to 100)
   * @param ariaLabel what the chart shows, for screen readers
   */
  public static FigureTable.Chart bars(
      List<String> labels,
      List<? extends Number> values,
      String series,
      boolean percent,
      String ariaLabel) {
    if (labels.size() != values.size()) {
      throw new IllegalArgumentException("a label for every value");
    }
    StringBuilder json = new StringBuilder(256);
    json.append("{\"type\":\"bar\",\"data\":{\"labels\":[");
    for (int i = 0; i < labels.size(); i++) {
      json.append(i == 0 ? "[" : ",[");
      List<String> lines = lines(labels.get(i));
      for (int j = 0; j < lines.size(); j++) {
        json.append(j == 0 ? "" : ",").append(string(lines.get(j)));
      }
      json.append(']');
    }
    json.append("],\"datasets\":[{\"label\":").append(string(series)).append(",\"data\":[");
    for (int i = 0; i < values.size(); i++) {
      json.append(i == 0 ? "" : ",").append(number(values.get(i)));
    }
    json.append("],\"backgroundColor\":\"")
        .append(BAR_COLOUR)
        .append("\",\"borderColor\":\"")
        .append(BAR_COLOUR)
        .append("\",\"borderWidth\":1}]},\"options\":{\"indexAxis\":\"y\",\"animation\":false,")
        .append("\"responsive\":true,\"maintainAspectRatio\":false,")
        .append("\"plugins\":{\"legend\":{\"display\":false},\"title\":{\"display\":true,")
        .append("\"text\":")
        .append(string(series))
        .append(",\"color\":\"")
        .append(TEXT_COLOUR)
        .append("\",\"font\":{\"size\":15}}},\"scales\":{\"x\":{")
        .append(percent ? "\"min\":0,\"max\":100," : "\"beginAtZero\":true,")
        .append("\"ticks\":{\"precision\":0,\"color\":\"")
        .append(TEXT_COLOUR)
        .append("\",\"font\":{\"size\":14}}},\"y\":{\"ticks\":{\"color\":\"")
        .append(TEXT_COLOUR)
        .append("\",\"font\":{\"size\":14},\"autoSkip\":false}}}}}");
    int lines = labels.stream().mapToInt(l -> lines(l).size()).max().orElse(1);
    int bar = BAR_PIXELS + LINE_PIXELS * (lines - 1);
    return new FigureTable.Chart(
        json.toString(), ariaLabel, FRAME_PIXELS + bar * Math.max(labels.size(), 2));
  }

  /** One line of a trend: what it is, and a value a point (null leaves a gap: no data). */
  public record Series(String label, List<? extends Number> values) {}

  /** What the y axis of a trend runs over. */
  public enum Scale {
    /** From 0 up to the highest value. */
    FROM_ZERO,
    /** Percentages, 0 to 100. */
    PERCENT,
    /** Scores from {@code low} to {@code high}, as given. */
    SCORES
  }

  /**
   * A line chart of a trend, one point a month (or whatever the labels are). A point with no value
   * leaves a gap in its line rather than dropping to 0. The legend shows each line's marker.
   *
   * @param labels one label a point, oldest first
   * @param series the lines, each with a value for every label
   * @param title what the chart shows, above it
   * @param scale what the y axis runs over
   * @param low the lowest score (for {@link Scale#SCORES})
   * @param high the highest score (for {@link Scale#SCORES})
   * @param ariaLabel what the chart shows, for screen readers
   */
  public static FigureTable.Chart trend(
      List<String> labels,
      List<Series> series,
      String title,
      Scale scale,
      int low,
      int high,
      String ariaLabel) {
    StringBuilder json = new StringBuilder(512);
    json.append("{\"type\":\"line\",\"data\":{\"labels\":[");
    for (int i = 0; i < labels.size(); i++) {
      json.append(i == 0 ? "" : ",").append(string(labels.get(i)));
    }
    json.append("],\"datasets\":[");
    for (int s = 0; s < series.size(); s++) {
      Series line = series.get(s);
      if (line.values().size() != labels.size()) {
        throw new IllegalArgumentException("a value for every label");
      }
      String colour = LINE_COLOURS.get(s % LINE_COLOURS.size());
      json.append(s == 0 ? "{" : ",{")
          .append("\"label\":")
          .append(string(line.label()))
          .append(",\"data\":[");
      for (int i = 0; i < line.values().size(); i++) {
        json.append(i == 0 ? "" : ",").append(number(line.values().get(i)));
      }
      json.append("],\"borderColor\":\"")
          .append(colour)
          .append("\",\"backgroundColor\":\"")
          .append(colour)
          .append("\",\"pointStyle\":\"")
          .append(MARKERS.get(s % MARKERS.size()))
          .append("\",\"pointRadius\":5,\"pointHoverRadius\":7,\"borderWidth\":2,")
          .append("\"borderDash\":")
          .append(DASHES.get(s % DASHES.size()))
          .append(",\"fill\":false,\"spanGaps\":false,\"tension\":0}");
    }
    json.append("]},\"options\":{\"animation\":false,\"responsive\":true,")
        .append("\"maintainAspectRatio\":false,\"plugins\":{\"legend\":{\"display\":")
        .append(series.size() > 1)
        .append(",\"position\":\"bottom\",\"labels\":{\"usePointStyle\":true,\"color\":\"")
        .append(TEXT_COLOUR)
        .append("\",\"font\":{\"size\":14}}},\"title\":{\"display\":true,\"text\":")
        .append(string(title))
        .append(",\"color\":\"")
        .append(TEXT_COLOUR)
        .append("\",\"font\":{\"size\":15}}},\"scales\":{\"x\":{\"ticks\":{\"color\":\"")
        .append(TEXT_COLOUR)
        .append("\",\"font\":{\"size\":13},\"maxRotation\":0,\"autoSkip\":true}},")
        .append("\"y\":{");
    switch (scale) {
      case PERCENT -> json.append("\"min\":0,\"max\":100,");
      case SCORES ->
          json.append("\"min\":").append(low).append(",\"max\":").append(high).append(',');
      case FROM_ZERO -> json.append("\"beginAtZero\":true,");
    }
    json.append("\"ticks\":{\"color\":\"")
        .append(TEXT_COLOUR)
        .append("\",\"font\":{\"size\":14}")
        .append(scale == Scale.SCORES ? ",\"stepSize\":1" : "")
        .append("}}}}}");
    return new FigureTable.Chart(json.toString(), ariaLabel, LINE_CHART_PIXELS);
  }

  /**
   * A label broken into lines of about {@value #LINE_CHARS} characters at spaces, so that long
   * labels are shown whole beside their bars rather than cut off.
   */
  static List<String> lines(String label) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : (label == null ? "" : label).split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > LINE_CHARS) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static String number(Number n) {
    if (n == null) {
      return "null";
    }
    double d = n.doubleValue();
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return String.format(Locale.ROOT, "%.1f", d);
  }

  /**
   * A JSON string, safe inside a script element too ("<" never appears as itself). Public for the
   * other features' charts (the readiness radar).
   */
  public static String string(String text) {
    String s = text == null ? "" : text;
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20
              || c == '<'
              || c == '>'
              || c == '&'
              || c == '\''
              || c == 0x2028
              || c == 0x2029) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
