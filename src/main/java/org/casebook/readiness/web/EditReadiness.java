package org.casebook.readiness.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.platform.EditConflict;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.FieldsRefused;
import org.casebook.platform.Messages;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.web.FieldErrors;
import org.casebook.platform.web.Pages;
import org.casebook.readiness.AnswerSheet;
import org.casebook.readiness.Question;
import org.casebook.readiness.ReadinessAccess;
import org.casebook.readiness.ReadinessAssessment;
import org.casebook.readiness.ReadinessAssessments;
import org.casebook.readiness.Theme;
import org.casebook.security.CurrentUser;

/**
 * A leader answers a year's self-assessment: a rating and the local evidence for each question,
 * saved as a draft as often as they like, then signed off. Problems are shown beside their
 * questions and nothing typed is lost; if someone else saved first, the leader chooses whose
 * answers to keep.
 */
@Named
@ViewScoped
public class EditReadiness extends YearParam {

  private static final long serialVersionUID = 1L;

  @Inject ReadinessAssessments assessments;
  @Inject CurrentUser currentUser;

  /** One question's answer on the form. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The value of the "Not rated yet" choice. */
    public static final int NOT_RATED = 0;

    private final Question question;
    private Integer rating;
    private String evidence;

    Row(AnswerSheet.Answer answer) {
      this.question = answer.question();
      this.rating = answer.rating();
      this.evidence = answer.evidence();
    }

    public Question getQuestion() {
      return question;
    }

    /** The number as words, for labels ("7"). */
    public String getNumber() {
      return String.valueOf(question.getNumber());
    }

    /**
     * The rating chosen, or {@value #NOT_RATED} for "Not rated yet": a radio button needs a value
     * of its own to be shown chosen.
     */
    public Integer getRating() {
      return rating == null ? NOT_RATED : rating;
    }

    public void setRating(Integer rating) {
      this.rating = rating == null || rating == NOT_RATED ? null : rating;
    }

    public String getEvidence() {
      return evidence;
    }

    public void setEvidence(String evidence) {
      this.evidence = evidence;
    }
  }

  /** A theme and its three questions on the form. */
  public record ThemeRows(Theme theme, List<Row> rows) implements Serializable {
    public Theme getTheme() {
      return theme;
    }

    public List<Row> getRows() {
      return rows;
    }
  }

  private int version;
  private Integer copiedFromYear;
  private Instant savedAt;
  private String savedBy;
  private List<ThemeRows> themes = new ArrayList<>();
  private boolean confirm;
  private boolean conflict;
  private boolean signedOffMeanwhile;

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (!ReadinessAccess.edits(currentUser.caller())) {
      Pages.forbidden();
      return;
    }
    if (year == null) {
      Pages.notFound();
      return;
    }
    try {
      ReadinessAssessment assessment = assessments.get(currentUser.caller(), year);
      if (assessment.isSignedOff()) {
        Pages.info("readiness.signedOff");
        Pages.keepMessages();
        Pages.redirect("/readiness/view.xhtml?year=" + year);
        return;
      }
      fill(assessment);
    } catch (NotFound e) {
      Pages.notFound();
    }
  }

  private void fill(ReadinessAssessment assessment) {
    version = assessment.getVersion();
    copiedFromYear = assessment.getCopiedFromYear();
    savedAt = assessment.getSavedAt();
    savedBy = assessment.getSavedBy();
    AnswerSheet sheet = assessment.sheet();
    themes = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      List<Row> rows = new ArrayList<>();
      for (Question q : theme.getQuestions()) {
        rows.add(new Row(sheet.answer(q)));
      }
      themes.add(new ThemeRows(theme, rows));
    }
  }

  /** The answers as they stand on the form. */
  private AnswerSheet sheet() {
    List<AnswerSheet.Answer> answers = new ArrayList<>();
    for (ThemeRows t : themes) {
      for (Row r : t.rows()) {
        answers.add(new AnswerSheet.Answer(r.question, r.rating, r.evidence));
      }
    }
    return AnswerSheet.of(answers);
  }

  public String save() {
    try {
      assessments.saveDraft(currentUser.caller(), year, version, sheet());
      Pages.info("readiness.saved");
      Pages.keepMessages();
      return "/readiness/edit?faces-redirect=true&year=" + year;
    } catch (RuntimeException e) {
      refused(e, "readiness.save.problems");
      return null;
    }
  }

  public String signOff() {
    AnswerSheet sheet = sheet();
    Map<String, FieldProblem> problems = sheet.signOffProblems();
    if (!confirm) {
      Pages.fieldError("f:confirm", Messages.text("readiness.signOff.confirm.required"));
    }
    if (!problems.isEmpty() || !confirm) {
      besideQuestions(problems, "readiness.signOff.problems");
      return null;
    }
    try {
      assessments.signOff(currentUser.caller(), year, version, sheet);
      Pages.info("readiness.signOff.done", String.valueOf(year));
      Pages.keepMessages();
      return "/readiness/view?faces-redirect=true&year=" + year;
    } catch (RuntimeException e) {
      refused(e, "readiness.signOff.problems");
      return null;
    }
  }

  /** Says why a save or sign-off was refused; what was typed stays in the form. */
  private void refused(RuntimeException e, String summaryKey) {
    if (e instanceof FieldsRefused refused) {
      besideQuestions(refused.problems(), summaryKey);
    } else if (e instanceof ReadinessAssessment.AlreadySignedOff) {
      signedOffMeanwhile = true;
      conflict = false;
      Pages.error("readiness.conflict.signedOff");
    } else if (e instanceof EditConflict) {
      conflict = true;
      Pages.error("readiness.conflict");
      // The banner says who saved it last and when; the form keeps this leader's answers.
      ReadinessAssessment saved = assessments.get(currentUser.caller(), year);
      savedAt = saved.getSavedAt();
      savedBy = saved.getSavedBy();
    } else if (e instanceof NotFound) {
      Pages.notFound();
    } else if (e instanceof RuleViolation violation) {
      Pages.error(violation);
    } else {
      throw e;
    }
  }

  /** Each problem beside its question's field, and the summary at the top. */
  private static void besideQuestions(Map<String, FieldProblem> problems, String summaryKey) {
    Map<String, FieldProblem> onForm = new LinkedHashMap<>();
    for (Question q : Question.values()) {
      for (String field : List.of(AnswerSheet.RATING, AnswerSheet.EVIDENCE)) {
        FieldProblem problem = problems.get(AnswerSheet.key(q, field));
        if (problem != null) {
          onForm.put(fieldPath(q, field), problem);
        }
      }
    }
    FieldErrors.show("f", onForm, summaryKey);
  }

  /** Where a question's field is on the form: "themes:2:questions:0:evidence" for question 7's. */
  static String fieldPath(Question question, String field) {
    Theme theme = question.getTheme();
    return "themes:"
        + theme.ordinal()
        + ":questions:"
        + theme.getQuestions().indexOf(question)
        + ":"
        + field;
  }

  /** Keeps this leader's answers over what the other person saved. */
  public String saveMine() {
    try {
      version = assessments.get(currentUser.caller(), year).getVersion();
    } catch (NotFound e) {
      Pages.notFound();
      return null;
    }
    conflict = false;
    return save();
  }

  /** Drops this leader's typing and shows what is saved now. */
  public void takeTheirs() {
    fill(assessments.get(currentUser.caller(), year));
    conflict = false;
    Pages.info("readiness.conflict.taken");
  }

  /** Whether the form has an assessment to show. */
  public boolean isReady() {
    return !themes.isEmpty();
  }

  public String getCopiedFromYear() {
    return copiedFromYear == null ? null : String.valueOf(copiedFromYear);
  }

  public Instant getSavedAt() {
    return savedAt;
  }

  public String getSavedBy() {
    return savedBy;
  }

  public List<ThemeRows> getThemes() {
    return themes;
  }

  public boolean isConfirm() {
    return confirm;
  }

  public void setConfirm(boolean confirm) {
    this.confirm = confirm;
  }

  public boolean isConflict() {
    return conflict;
  }

  public boolean isSignedOffMeanwhile() {
    return signedOffMeanwhile;
  }
}
