package org.casebook.practice;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.Texts;

/**
 * What a manager has written in an audit: a score and a comment for each principle, and the
 * feedback to the worker. Saved as it stands; complete before it is sent.
 *
 * @param scores 1 to 4 for each principle scored so far
 * @param comments what the manager noticed, by principle
 * @param feedback the feedback to the worker
 */
public record AuditForm(
    Map<Principle, Integer> scores, Map<Principle, String> comments, String feedback) {

  /** The longest comment on one principle. */
  public static final int COMMENT_MAX = 2_000;

  /** The longest feedback or response. */
  public static final int FEEDBACK_MAX = 10_000;

  public AuditForm {
    scores = scores == null ? new EnumMap<>(Principle.class) : new EnumMap<>(scoresOnly(scores));
    comments = comments == null ? new EnumMap<>(Principle.class) : tidy(comments);
    feedback = Texts.keepLines(feedback);
  }

  /** Problems that stop it being saved at all: a score out of range, something too long. */
  public Map<String, FieldProblem> problems() {
    Map<String, FieldProblem> problems = new LinkedHashMap<>();
    for (Principle p : Principle.values()) {
      Integer score = scores.get(p);
      if (score != null && (score < Principle.LOWEST || score > Principle.HIGHEST)) {
        problems.put(
            "score_" + p.key(), new FieldProblem("practice.score.range", Principle.HIGHEST));
      }
      String comment = comments.get(p);
      if (comment != null && comment.length() > COMMENT_MAX) {
        problems.put("comment_" + p.key(), new FieldProblem("field.tooLong", COMMENT_MAX));
      }
    }
    if (feedback != null && feedback.length() > FEEDBACK_MAX) {
      problems.put("feedback", new FieldProblem("field.tooLong", FEEDBACK_MAX));
    }
    return problems;
  }

  /** Problems that stop it being sent: as for saving, and every score and the feedback given. */
  public Map<String, FieldProblem> problemsForSending() {
    Map<String, FieldProblem> problems = problems();
    for (Principle p : Principle.values()) {
      if (scores.get(p) == null) {
        problems.putIfAbsent("score_" + p.key(), new FieldProblem("practice.score.required"));
      }
    }
    if (feedback == null) {
      problems.putIfAbsent("feedback", new FieldProblem("practice.feedback.required"));
    }
    return problems;
  }

  private static Map<Principle, Integer> scoresOnly(Map<Principle, Integer> scores) {
    Map<Principle, Integer> kept = new EnumMap<>(Principle.class);
    scores.forEach(
        (p, s) -> {
          if (p != null && s != null) {
            kept.put(p, s);
          }
        });
    return kept;
  }

  private static Map<Principle, String> tidy(Map<Principle, String> comments) {
    Map<Principle, String> kept = new EnumMap<>(Principle.class);
    comments.forEach(
        (p, c) -> {
          String text = Texts.keepLines(c);
          if (p != null && text != null) {
            kept.put(p, text);
          }
        });
    return kept;
  }
}
