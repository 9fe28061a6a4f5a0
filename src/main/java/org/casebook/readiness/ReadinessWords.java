package org.casebook.readiness;

import java.math.BigDecimal;
import org.casebook.platform.Messages;
import org.casebook.readiness.Comparison.Change;

/**
 * The self-assessment's words for pages: ratings, theme means and changes between years, from the
 * bundle. Changes are always said in words ("Up 1, from Beginning to Developing"); an arrow only
 * repeats them. Years are passed as text, so they never show as "2,026".
 */
public final class ReadinessWords {

  private ReadinessWords() {}

  /** "2 – Beginning (amber)", or "Not rated yet". */
  public static String rating(Integer score) {
    return Rating.of(score)
        .map(r -> Messages.text(r.getLabelKey()))
        .orElse(Messages.text("readiness.rating.none"));
  }

  /** "Beginning", or "not rated". */
  public static String ratingName(Integer score) {
    return Rating.of(score)
        .map(r -> Messages.text(r.getNameKey()))
        .orElse(Messages.text("readiness.rating.none.name"));
  }

  /** "2.7 (3 of 3 rated)", or "Not rated (0 of 3)". */
  public static String score(ThemeScore score) {
    String rated = String.valueOf(score.rated());
    String of = String.valueOf(score.getQuestions());
    return score.mean() == null
        ? Messages.text("readiness.score.none", rated, of)
        : Messages.text("readiness.score", score.mean().toPlainString(), rated, of);
  }

  /** "2026", or "2026 (draft)" for one not signed off yet. */
  public static String year(ReadinessAssessment assessment) {
    String year = String.valueOf(assessment.getYear());
    return assessment.isSignedOff() ? year : Messages.text("readiness.year.draft", year);
  }

  /** A question's change from the earlier year to this one, in words. */
  public static String change(Comparison.QuestionChange c, int year, int earlierYear) {
    return switch (c.change()) {
      case UP, DOWN ->
          Messages.text(
              "readiness.change." + c.change(),
              String.valueOf(Math.abs(c.difference())),
              ratingName(c.before()),
              ratingName(c.now()));
      case SAME -> Messages.text("readiness.change.SAME", ratingName(c.now()));
      case NOT_RATED_NOW ->
          Messages.text(
              "readiness.change.NOT_RATED_NOW", String.valueOf(year), ratingName(c.before()));
      case NOT_RATED_BEFORE ->
          Messages.text("readiness.change.NOT_RATED_BEFORE", String.valueOf(earlierYear));
      case NOT_RATED -> Messages.text("readiness.change.NOT_RATED");
    };
  }

  /** A theme's change in mean rating from the earlier year, in words: "Up 0.5", "Same". */
  public static String change(Comparison.ThemeChange c) {
    BigDecimal by = c.difference().abs();
    return switch (c.change()) {
      case UP, DOWN -> Messages.text("readiness.themeChange." + c.change(), by.toPlainString());
      case SAME -> Messages.text("readiness.themeChange.SAME");
      default -> Messages.text("readiness.themeChange.NONE");
    };
  }

  /**
   * An arrow repeating a change for the eye (pages hide it from screen readers); blank otherwise.
   */
  public static String arrow(Change change) {
    return switch (change) {
      case UP -> "▲";
      case DOWN -> "▼";
      case SAME -> "=";
      default -> "";
    };
  }
}
