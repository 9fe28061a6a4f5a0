package org.casebook.readiness;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One question's answer in a self-assessment: a rating from 1 to 4 (or none yet) and the local
 * evidence behind it. It changes only through its assessment, which keeps the rules and the
 * version.
 */
@Entity
@Table(name = "readiness_answer")
public class ReadinessAnswer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
  private ReadinessAssessment assessment;

  @Column(nullable = false, updatable = false)
  private int question;

  private Integer rating;

  @Column(length = AnswerSheet.EVIDENCE_MAX)
  private String evidence;

  protected ReadinessAnswer() {}

  ReadinessAnswer(
      ReadinessAssessment assessment, Question question, Integer rating, String evidence) {
    this.assessment = assessment;
    this.question = question.getNumber();
    this.rating = rating;
    this.evidence = evidence;
  }

  void change(Integer rating, String evidence) {
    this.rating = rating;
    this.evidence = evidence;
  }

  public Question getQuestion() {
    return Question.number(question);
  }

  /** 1 to 4, or null while not rated. */
  public Integer getRating() {
    return rating;
  }

  public String getEvidence() {
    return evidence;
  }
}
