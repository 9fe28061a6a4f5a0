package org.casebook.readiness;

import java.util.List;
import org.casebook.platform.Messages;
import org.casebook.report.Charts;

/**
 * The radar chart of theme scores: the Chart.js configuration PrimeFaces' {@code p:chart} takes.
 * One shape for the self-assessment shown and one for each earlier year beside it, told apart by
 * line style and point shape as well as colour, and named in the legend. The scale runs from 0 to
 * 4, a ring a rating. A theme with nothing rated has no point (never 0). The table beside the chart
 * holds the same figures.
 */
public final class ReadinessChart {

  /** The most shapes drawn: the year shown and the two signed-off years before it. */
  public static final int MAX_SHAPES = 3;

  /** Casebook's blue (8.4:1 on white), a dark amber-brown (6.8:1) and a grey (7.4:1). */
  private static final String[] COLOURS = {"#0b4f8a", "#8a4b00", "#4a5560"};

  private static final String[] FILLS = {"rgba(11,79,138,0.12)", "rgba(0,0,0,0)", "rgba(0,0,0,0)"};
  private static final String[] DASHES = {"[]", "[8,4]", "[2,3]"};
  private static final String[] POINTS = {"circle", "triangle", "rect"};
  private static final String GRID = "#8d98a1";

  private ReadinessChart() {}

  /** One year's shape: its name in the legend ("2026 (draft)") and its six theme scores. */
  public record Shape(String label, List<ThemeScore> scores) {

    public Shape {
      if (scores.size() != Theme.values().length) {
        throw new IllegalArgumentException("a score for every theme");
      }
      scores = List.copyOf(scores);
    }
  }

  /**
   * The chart's configuration: the first shape is the year shown, then earlier years, newest first.
   */
  public static String radar(List<Shape> shapes) {
    if (shapes.isEmpty() || shapes.size() > MAX_SHAPES) {
      throw new IllegalArgumentException("one to " + MAX_SHAPES + " shapes");
    }
    String text = Charts.TEXT_COLOUR;
    StringBuilder json = new StringBuilder(1024);
    json.append("{\"type\":\"radar\",\"data\":{\"labels\":[");
    Theme[] themes = Theme.values();
    for (int i = 0; i < themes.length; i++) {
      json.append(i == 0 ? "" : ",")
          .append(Charts.string(Messages.text(themes[i].getMessageKey())));
    }
    json.append("],\"datasets\":[");
    for (int s = 0; s < shapes.size(); s++) {
      Shape shape = shapes.get(s);
      json.append(s == 0 ? "" : ",")
          .append("{\"label\":")
          .append(Charts.string(shape.label()))
          .append(",\"data\":[");
      for (int i = 0; i < shape.scores().size(); i++) {
        ThemeScore score = shape.scores().get(i);
        json.append(i == 0 ? "" : ",")
            .append(score.mean() == null ? "null" : score.mean().toPlainString());
      }
      json.append("],\"borderColor\":\"")
          .append(COLOURS[s])
          .append("\",\"backgroundColor\":\"")
          .append(FILLS[s])
          .append("\",\"pointBackgroundColor\":\"")
          .append(COLOURS[s])
          .append("\",\"pointBorderColor\":\"")
          .append(COLOURS[s])
          .append("\",\"pointStyle\":\"")
          .append(POINTS[s])
          .append("\",\"pointRadius\":")
          .append(s == 0 ? 5 : 6)
          .append(",\"borderWidth\":")
          .append(s == 0 ? 3 : 2)
          .append(",\"borderDash\":")
          .append(DASHES[s])
          .append(",\"fill\":")
          .append(s == 0)
          .append('}');
    }
    json.append("]},\"options\":{\"animation\":false,\"responsive\":true,")
        .append("\"maintainAspectRatio\":false,\"plugins\":{\"legend\":{\"display\":true,")
        .append("\"position\":\"bottom\",\"labels\":{\"usePointStyle\":true,\"color\":\"")
        .append(text)
        .append("\",\"font\":{\"size\":14}}},\"title\":{\"display\":true,\"text\":")
        .append(Charts.string(Messages.text("readiness.chart.title")))
        .append(",\"color\":\"")
        .append(text)
        .append("\",\"font\":{\"size\":15}}},\"scales\":{\"r\":{\"min\":0,\"max\":4,")
        .append("\"ticks\":{\"stepSize\":1,\"precision\":0,\"color\":\"")
        .append(text)
        .append("\",\"backdropColor\":\"rgba(255,255,255,0.85)\",\"font\":{\"size\":12}},")
        .append("\"pointLabels\":{\"color\":\"")
        .append(text)
        .append("\",\"font\":{\"size\":14}},\"grid\":{\"color\":\"")
        .append(GRID)
        .append("\"},\"angleLines\":{\"color\":\"")
        .append(GRID)
        .append("\"}}}}}");
    return json.toString();
  }
}
