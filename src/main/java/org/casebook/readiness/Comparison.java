package org.casebook.readiness;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One self-assessment beside an earlier one: each question's rating then and now, and each theme's
 * mean then and now, with the direction of change named, so pages can say it in words.
 */
public final class Comparison {

  /** Which way a rating or a theme's mean moved. */
  public enum Change {
    UP,
    DOWN,
    SAME,
    /** Rated in the earlier year, not in this one. */
    NOT_RATED_NOW,
    /** Rated in this year, not in the earlier one. */
    NOT_RATED_BEFORE,
    /** Rated in neither. */
    NOT_RATED;

    static Change between(Comparable<?> now, Comparable<?> before, int sign) {
      if (now == null && before == null) {
        return NOT_RATED;
      }
      if (now == null) {
        return NOT_RATED_NOW;
      }
      if (before == null) {
        return NOT_RATED_BEFORE;
      }
      return sign > 0 ? UP : sign < 0 ? DOWN : SAME;
    }
  }

  /** A question's rating now and in the earlier year (null where not rated). */
  public record QuestionChange(Question question, Integer now, Integer before) {

    public Change change() {
      return Change.between(now, before, now == null || before == null ? 0 : now - before);
    }

    /** How many points it moved (negative for down); 0 unless rated in both years. */
    public int difference() {
      return now == null || before == null ? 0 : now - before;
    }
  }

  /** A theme's mean now and in the earlier year (null where none of its questions was rated). */
  public record ThemeChange(Theme theme, BigDecimal now, BigDecimal before) {

    public Change change() {
      return Change.between(now, before, difference().signum());
    }

    /** How far the mean moved (negative for down); 0 unless there is a mean in both years. */
    public BigDecimal difference() {
      return now == null || before == null ? BigDecimal.ZERO : now.subtract(before);
    }
  }

  private final List<QuestionChange> questions;
  private final List<ThemeChange> themes;

  private Comparison(List<QuestionChange> questions, List<ThemeChange> themes) {
    this.questions = List.copyOf(questions);
    this.themes = List.copyOf(themes);
  }

  /** This year's ratings beside an earlier year's, question by question and theme by theme. */
  public static Comparison of(Map<Question, Integer> now, Map<Question, Integer> before) {
    List<QuestionChange> questions = new ArrayList<>();
    for (Question q : Question.values()) {
      questions.add(new QuestionChange(q, valid(now.get(q)), valid(before.get(q))));
    }
    List<ThemeScore> nowScores = ThemeScore.of(now);
    List<ThemeScore> beforeScores = ThemeScore.of(before);
    List<ThemeChange> themes = new ArrayList<>();
    for (int i = 0; i < nowScores.size(); i++) {
      themes.add(
          new ThemeChange(
              nowScores.get(i).theme(), nowScores.get(i).mean(), beforeScores.get(i).mean()));
    }
    return new Comparison(questions, themes);
  }

  private static Integer valid(Integer rating) {
    return Rating.of(rating).map(Rating::getScore).orElse(null);
  }

  public List<QuestionChange> questions() {
    return questions;
  }

  public List<ThemeChange> themes() {
    return themes;
  }

  /** How many questions moved this way. */
  public long count(Change change) {
    return questions.stream().filter(q -> q.change() == change).count();
  }
}
