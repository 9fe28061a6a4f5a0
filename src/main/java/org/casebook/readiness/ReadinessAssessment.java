package org.casebook.readiness;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.FieldsRefused;
import org.casebook.platform.RuleViolation;

/**
 * The council's readiness self-assessment for one year: an answer to each of the 18 questions. A
 * draft is saved as often as the leader likes, partial answers included; once signed off it is kept
 * as it was signed and never changed (who signed it off, and when, with it).
 */
@Entity
@Table(name = "readiness_assessment")
public class ReadinessAssessment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "assessment_year", nullable = false, updatable = false)
  private int assessmentYear;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private AssessmentStatus status = AssessmentStatus.DRAFT;

  @Column(name = "copied_from_year", updatable = false)
  private Integer copiedFromYear;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "started_by", nullable = false, updatable = false, length = 60)
  private String startedBy;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  @Column(name = "saved_by", nullable = false, length = 60)
  private String savedBy;

  @Column(name = "signed_off_at")
  private Instant signedOffAt;

  @Column(name = "signed_off_by", length = 60)
  private String signedOffBy;

  @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @OrderBy("question")
  private List<ReadinessAnswer> answers = new ArrayList<>();

  @Version private int version;

  protected ReadinessAssessment() {}

  /**
   * A new draft for a year: blank, or starting from an earlier self-assessment's ratings and
   * evidence.
   *
   * @param startFrom the earlier self-assessment to copy, or null for a blank one
   */
  public ReadinessAssessment(int year, ReadinessAssessment startFrom, String by, Instant at) {
    if (startFrom != null && startFrom.assessmentYear >= year) {
      throw new IllegalArgumentException("start from an earlier year");
    }
    this.assessmentYear = year;
    this.copiedFromYear = startFrom == null ? null : startFrom.assessmentYear;
    this.startedBy = Objects.requireNonNull(by);
    this.startedAt = Objects.requireNonNull(at);
    this.savedBy = by;
    this.savedAt = at;
    for (Question q : Question.values()) {
      ReadinessAnswer earlier = startFrom == null ? null : startFrom.answer(q);
      answers.add(
          new ReadinessAnswer(
              this,
              q,
              earlier == null ? null : earlier.getRating(),
              earlier == null ? null : earlier.getEvidence()));
    }
  }

  /** Keeps the answers as a draft. Refused for a signed-off self-assessment or a problem. */
  public void saveDraft(AnswerSheet sheet, String by, Instant at) {
    refuseIfSignedOff();
    refuse(sheet.draftProblems());
    keep(sheet, by, at);
  }

  /**
   * Keeps the answers and signs the self-assessment off. Refused unless every question is rated
   * with its evidence; from then on nothing in it changes.
   */
  public void signOff(AnswerSheet sheet, String by, Instant at) {
    refuseIfSignedOff();
    refuse(sheet.signOffProblems());
    keep(sheet, by, at);
    status = AssessmentStatus.SIGNED_OFF;
    signedOffBy = by;
    signedOffAt = at;
  }

  private void refuseIfSignedOff() {
    if (isSignedOff()) {
      throw new AlreadySignedOff();
    }
  }

  private static void refuse(Map<String, FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new FieldsRefused(problems);
    }
  }

  private void keep(AnswerSheet sheet, String by, Instant at) {
    for (ReadinessAnswer answer : answers) {
      AnswerSheet.Answer typed = sheet.answer(answer.getQuestion());
      answer.change(typed.rating(), typed.keptEvidence());
    }
    savedBy = Objects.requireNonNull(by);
    savedAt = Objects.requireNonNull(at);
  }

  /** The answers as they stand, as a sheet to edit. */
  public AnswerSheet sheet() {
    return AnswerSheet.of(
        answers.stream()
            .map(a -> new AnswerSheet.Answer(a.getQuestion(), a.getRating(), a.getEvidence()))
            .toList());
  }

  /** The ratings given, by question. */
  public Map<Question, Integer> ratings() {
    Map<Question, Integer> ratings = new EnumMap<>(Question.class);
    for (ReadinessAnswer a : answers) {
      if (a.getRating() != null) {
        ratings.put(a.getQuestion(), a.getRating());
      }
    }
    return ratings;
  }

  public ReadinessAnswer answer(Question question) {
    return answers.stream().filter(a -> a.getQuestion() == question).findFirst().orElse(null);
  }

  /** All 18 answers, in the framework's order. */
  public List<ReadinessAnswer> getAnswers() {
    return List.copyOf(answers);
  }

  /** How many questions have a rating. */
  public int getRated() {
    return ratings().size();
  }

  public boolean isSignedOff() {
    return status == AssessmentStatus.SIGNED_OFF;
  }

  public Long getId() {
    return id;
  }

  public int getYear() {
    return assessmentYear;
  }

  public AssessmentStatus getStatus() {
    return status;
  }

  public Integer getCopiedFromYear() {
    return copiedFromYear;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getSavedAt() {
    return savedAt;
  }

  public String getSavedBy() {
    return savedBy;
  }

  public Instant getSignedOffAt() {
    return signedOffAt;
  }

  public String getSignedOffBy() {
    return signedOffBy;
  }

  public int getVersion() {
    return version;
  }

  /** A signed-off self-assessment is kept as it was signed: nothing in it can be changed. */
  public static class AlreadySignedOff extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public AlreadySignedOff() {
      super("readiness.signedOff");
    }
  }
}
