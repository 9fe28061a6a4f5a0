package org.casebook.readiness;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.Texts;

/**
 * The answers as a leader typed them: for each of the 18 questions a rating (or none yet) and the
 * local evidence behind it (or none yet). A draft may be partial. Signing off needs every question
 * rated with its evidence, as the framework asks: "the response to each of the following 18
 * questions needs to be supported by local evidence".
 *
 * <p>Problems are keyed {@code q7.rating} and {@code q7.evidence} (see {@link #key}); each message
 * names its question, so a list of them at the top of the page says which is which.
 */
public final class AnswerSheet {

  /** About 600 words: enough to say what shows it and where the documents are. */
  public static final int EVIDENCE_MAX = 4_000;

  public static final String RATING = "rating";
  public static final String EVIDENCE = "evidence";

  /** One question's answer as typed. */
  public record Answer(Question question, Integer rating, String evidence) {

    public Answer {
      Objects.requireNonNull(question);
    }

    /** The evidence as it is kept: paragraphs kept, ends trimmed, blank as none. */
    public String keptEvidence() {
      return Texts.keepLines(evidence);
    }

    public boolean rated() {
      return rating != null;
    }
  }

  private final Map<Question, Answer> answers;

  private AnswerSheet(Map<Question, Answer> answers) {
    this.answers = answers;
  }

  /** Every question unanswered. */
  public static AnswerSheet blank() {
    Map<Question, Answer> none = new EnumMap<>(Question.class);
    for (Question q : Question.values()) {
      none.put(q, new Answer(q, null, null));
    }
    return new AnswerSheet(none);
  }

  /**
   * These answers, and the questions not among them unanswered. A question given twice is a bug.
   */
  public static AnswerSheet of(Collection<Answer> given) {
    AnswerSheet sheet = blank();
    Map<Question, Answer> seen = new EnumMap<>(Question.class);
    for (Answer a : given) {
      if (seen.put(a.question(), a) != null) {
        throw new IllegalArgumentException("question " + a.question().getNumber() + " twice");
      }
    }
    sheet.answers.putAll(seen);
    return sheet;
  }

  /** This sheet with one question's answer changed. */
  public AnswerSheet with(int question, Integer rating, String evidence) {
    Map<Question, Answer> changed = new EnumMap<>(answers);
    Question q = Question.number(question);
    changed.put(q, new Answer(q, rating, evidence));
    return new AnswerSheet(changed);
  }

  public Answer answer(Question question) {
    return answers.get(question);
  }

  /** All 18, in the framework's order. */
  public List<Answer> answers() {
    return List.copyOf(answers.values());
  }

  /** The ratings given (valid ones only), by question. */
  public Map<Question, Integer> ratings() {
    Map<Question, Integer> ratings = new EnumMap<>(Question.class);
    answers
        .values()
        .forEach(
            a -> Rating.of(a.rating()).ifPresent(r -> ratings.put(a.question(), r.getScore())));
    return ratings;
  }

  /** The key of a problem with one field of one question: "q7.rating", "q7.evidence". */
  public static String key(Question question, String field) {
    return "q" + question.getNumber() + "." + field;
  }

  /**
   * What must be put right before the answers can be kept as a draft: a rating that is not one of
   * the four, evidence longer than {@link #EVIDENCE_MAX}.
   */
  public Map<String, FieldProblem> draftProblems() {
    return problems(false);
  }

  /**
   * What must be put right before signing off: the draft's problems, and every question rated with
   * its evidence.
   */
  public Map<String, FieldProblem> signOffProblems() {
    return problems(true);
  }

  private Map<String, FieldProblem> problems(boolean signingOff) {
    Map<String, FieldProblem> problems = new LinkedHashMap<>();
    for (Answer a : answers.values()) {
      int n = a.question().getNumber();
      if (a.rated() && Rating.of(a.rating()).isEmpty()) {
        problems.put(key(a.question(), RATING), new FieldProblem("readiness.rating.invalid", n));
      } else if (signingOff && !a.rated()) {
        problems.put(key(a.question(), RATING), new FieldProblem("readiness.rating.required", n));
      }
      String evidence = a.keptEvidence();
      if (evidence != null && evidence.length() > EVIDENCE_MAX) {
        problems.put(
            key(a.question(), EVIDENCE), new FieldProblem("readiness.evidence.tooLong", n));
      } else if (signingOff && evidence == null) {
        problems.put(
            key(a.question(), EVIDENCE), new FieldProblem("readiness.evidence.required", n));
      }
    }
    return problems;
  }
}
