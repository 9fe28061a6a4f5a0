package org.casebook.readiness;

import java.util.ArrayList;
import java.util.List;
import org.casebook.platform.Messages;

/**
 * What the page of one self-assessment shows, worked out from it and the signed-off years before
 * it: the theme scores of each year as a table and as a radar chart with the same figures, and each
 * question beside the nearest signed-off year before, with the change said in words.
 */
public final class ReadinessReport {

  /**
   * A row of the theme table: the theme, its score in each year, the change since the year before.
   */
  public record ThemeRow(String theme, List<String> cells) {
    public String getTheme() {
      return theme;
    }

    public List<String> getCells() {
      return cells;
    }
  }

  /** A row of the question table: the ratings as numbers (null for none) and in words. */
  public record QuestionRow(
      int number,
      String title,
      Integer nowScore,
      String now,
      Integer beforeScore,
      String before,
      String change,
      String arrow) {
    public int getNumber() {
      return number;
    }

    public Integer getNowScore() {
      return nowScore;
    }

    public Integer getBeforeScore() {
      return beforeScore;
    }

    public String getTitle() {
      return title;
    }

    public String getNow() {
      return now;
    }

    public String getBefore() {
      return before;
    }

    public String getChange() {
      return change;
    }

    public String getArrow() {
      return arrow;
    }
  }

  /** A theme's questions in the question table. */
  public record ThemeGroup(String theme, List<QuestionRow> rows) {
    public String getTheme() {
      return theme;
    }

    public List<QuestionRow> getRows() {
      return rows;
    }
  }

  private final ReadinessAssessment shown;
  private final List<ReadinessAssessment> years;
  private final Comparison comparison;

  private ReadinessReport(ReadinessAssessment shown, List<ReadinessAssessment> earlier) {
    this.shown = shown;
    List<ReadinessAssessment> all = new ArrayList<>();
    all.add(shown);
    all.addAll(earlier.subList(0, Math.min(earlier.size(), ReadinessChart.MAX_SHAPES - 1)));
    this.years = List.copyOf(all);
    this.comparison =
        earlier.isEmpty() ? null : Comparison.of(shown.ratings(), earlier.get(0).ratings());
  }

  /**
   * @param earlier the signed-off self-assessments before it, newest first (the first two are
   *     shown)
   */
  public static ReadinessReport of(ReadinessAssessment shown, List<ReadinessAssessment> earlier) {
    for (ReadinessAssessment e : earlier) {
      if (e.getYear() >= shown.getYear()) {
        throw new IllegalArgumentException("earlier years only");
      }
    }
    return new ReadinessReport(shown, earlier);
  }

  /** The years in the table and chart: "2026 (draft)", "2025", "2024". */
  public List<String> getYearLabels() {
    return years.stream().map(ReadinessWords::year).toList();
  }

  private String yearsInWords() {
    List<String> labels = getYearLabels();
    if (labels.size() == 1) {
      return labels.get(0);
    }
    return Messages.text(
        "readiness.years.beside",
        labels.get(0),
        String.join(Messages.text("readiness.years.and"), labels.subList(1, labels.size())));
  }

  // --- themes -----------------------------------------------------------------------------------

  public String getThemeCaption() {
    return Messages.text("readiness.themes.caption", yearsInWords());
  }

  public List<String> getThemeHeadings() {
    List<String> headings = new ArrayList<>();
    headings.add(Messages.text("readiness.themes.theme"));
    headings.addAll(getYearLabels());
    if (isCompared()) {
      headings.add(Messages.text("readiness.themes.change", getComparedYear()));
    }
    return headings;
  }

  public List<ThemeRow> getThemeRows() {
    List<List<ThemeScore>> scores = years.stream().map(y -> ThemeScore.of(y.ratings())).toList();
    List<ThemeRow> rows = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      List<String> cells = new ArrayList<>();
      for (List<ThemeScore> year : scores) {
        cells.add(ReadinessWords.score(year.get(theme.ordinal())));
      }
      if (isCompared()) {
        cells.add(ReadinessWords.change(comparison.themes().get(theme.ordinal())));
      }
      rows.add(new ThemeRow(Messages.text(theme.getMessageKey()), cells));
    }
    return rows;
  }

  public String getChartJson() {
    return ReadinessChart.radar(
        years.stream()
            .map(y -> new ReadinessChart.Shape(ReadinessWords.year(y), ThemeScore.of(y.ratings())))
            .toList());
  }

  public String getChartLabel() {
    return Messages.text("readiness.chart.aria", yearsInWords());
  }

  // --- question by question ---------------------------------------------------------------------

  /** Whether there is a signed-off year before this one to compare with. */
  public boolean isCompared() {
    return comparison != null;
  }

  /** The year compared with, as text; blank when there is none. */
  public String getComparedYear() {
    return isCompared() ? String.valueOf(years.get(1).getYear()) : "";
  }

  /** "Compared with 2025, of the 18 questions 5 went up, 1 went down, 12 stayed the same…". */
  public String getComparisonSummary() {
    if (!isCompared()) {
      return "";
    }
    long up = comparison.count(Comparison.Change.UP);
    long down = comparison.count(Comparison.Change.DOWN);
    long same = comparison.count(Comparison.Change.SAME);
    return Messages.text(
        "readiness.compare.summary",
        getComparedYear(),
        String.valueOf(up),
        String.valueOf(down),
        String.valueOf(same),
        String.valueOf(Question.COUNT - up - down - same));
  }

  public String getComparisonCaption() {
    return Messages.text(
        "readiness.compare.caption", ReadinessWords.year(shown), getComparedYear());
  }

  public List<ThemeGroup> getQuestionGroups() {
    if (!isCompared()) {
      return List.of();
    }
    int earlierYear = years.get(1).getYear();
    List<ThemeGroup> groups = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      List<QuestionRow> rows = new ArrayList<>();
      for (Question q : theme.getQuestions()) {
        Comparison.QuestionChange c = comparison.questions().get(q.getNumber() - 1);
        rows.add(
            new QuestionRow(
                q.getNumber(),
                Messages.text(q.getShortKey()),
                c.now(),
                ReadinessWords.rating(c.now()),
                c.before(),
                ReadinessWords.rating(c.before()),
                ReadinessWords.change(c, shown.getYear(), earlierYear),
                ReadinessWords.arrow(c.change())));
      }
      groups.add(new ThemeGroup(Messages.text(theme.getMessageKey()), rows));
    }
    return groups;
  }
}
