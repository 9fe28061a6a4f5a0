package org.casebook.review;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casebook.contact.ResolutionDetails;
import org.casebook.contact.ResolutionRoute;
import org.casebook.conversation.ConversationNotes;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.Texts;
import org.casebook.platform.UkDates;

/**
 * A review as typed: when it was held, the level reached on each goal with the person's comment,
 * Key Human Indicators, which community connections are still in use, notes, and — if the request
 * is resolved — the resolution.
 */
public record ReviewDetails(
    String heldOn,
    List<GoalReached> goals,
    Integer khiPeople,
    Integer khiControl,
    Integer khiConnected,
    String khiWords,
    Set<Long> assetsInUse,
    String notes,
    boolean resolved,
    ResolutionRoute route,
    Boolean sustainable,
    String reason) {

  public static final int COMMENT_MAX = 2_000;
  public static final int NOTES_MAX = 4_000;

  /** A goal's level reached (−2 to +2) and the person's comment. */
  public record GoalReached(String key, Integer level, String comment) {}

  public Optional<LocalDate> date() {
    return heldOn == null ? Optional.empty() : UkDates.parse(heldOn);
  }

  public ResolutionDetails resolution() {
    return new ResolutionDetails(heldOn, route, sustainable, reason);
  }

  public Khi khi() {
    return new Khi(khiPeople, khiControl, khiConnected);
  }

  /** What to put right, in the order of the form; goals by their position ("goals:0:level"). */
  public Map<String, FieldProblem> problems(LocalDate today) {
    Map<String, FieldProblem> problems = new LinkedHashMap<>();
    if (Texts.isBlank(heldOn)) {
      problems.put("heldOn", new FieldProblem("review.heldOn.required"));
    } else if (date().isEmpty()) {
      problems.put("heldOn", new FieldProblem("field.date.invalid"));
    } else if (date().get().isAfter(today)) {
      problems.put("heldOn", new FieldProblem("review.heldOn.future"));
    }
    for (int i = 0; i < goals.size(); i++) {
      GoalReached g = goals.get(i);
      if (g.level() == null) {
        problems.put("goals:" + i + ":level", new FieldProblem("review.level.required"));
      } else if (g.level() < -2 || g.level() > 2) {
        problems.put("goals:" + i + ":level", new FieldProblem("review.level.range"));
      }
      String comment = Texts.keepLines(g.comment());
      if (comment != null && comment.length() > COMMENT_MAX) {
        problems.put("goals:" + i + ":comment", new FieldProblem("field.tooLong", COMMENT_MAX));
      }
    }
    if (khiPeople != null && (khiPeople < 0 || khiPeople > ConversationNotes.KHI_PEOPLE_MAX)) {
      problems.put("khiPeople", new FieldProblem("conversation.khiPeople.range"));
    }
    scale(problems, "khiControl", khiControl);
    scale(problems, "khiConnected", khiConnected);
    tooLong(problems, "khiWords", khiWords, COMMENT_MAX);
    tooLong(problems, "notes", notes, NOTES_MAX);
    if (resolved) {
      Map<String, FieldProblem> r = resolution().problems(today, "");
      r.remove("resolvedOn");
      problems.putAll(r);
    }
    return problems;
  }

  private static void scale(Map<String, FieldProblem> problems, String field, Integer value) {
    if (value != null && (value < 0 || value > 10)) {
      problems.put(field, new FieldProblem("conversation.ruler.range"));
    }
  }

  private static void tooLong(
      Map<String, FieldProblem> problems, String field, String text, int max) {
    String kept = Texts.keepLines(text);
    if (kept != null && kept.length() > max) {
      problems.put(field, new FieldProblem("field.tooLong", max));
    }
  }
}
