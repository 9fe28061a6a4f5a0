package org.casebook.readiness.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.casebook.platform.web.Pages;
import org.casebook.readiness.ReadinessAccess;
import org.casebook.readiness.ReadinessAnswer;
import org.casebook.readiness.ReadinessAssessment;
import org.casebook.readiness.ReadinessAssessments;
import org.casebook.readiness.ReadinessChart;
import org.casebook.readiness.ReadinessReport;
import org.casebook.readiness.Theme;
import org.casebook.security.Caller;
import org.casebook.security.CurrentUser;

/**
 * One year's self-assessment, read-only: who signed it off and when (or that it is a draft), the
 * theme scores as a table and a radar chart with the signed-off years before it, each question
 * beside the year before, and every answer with its evidence.
 */
@Named
@RequestScoped
public class ViewReadiness extends YearParam {

  private static final long serialVersionUID = 1L;

  @Inject ReadinessAssessments assessments;
  @Inject CurrentUser currentUser;

  private ReadinessAssessment assessment;
  private ReadinessReport report;
  private boolean edits;

  public void load() {
    Caller caller = currentUser.caller();
    if (!ReadinessAccess.reads(caller)) {
      Pages.forbidden();
      return;
    }
    assessment = year == null ? null : assessments.find(caller, year).orElse(null);
    if (assessment == null) {
      Pages.notFound();
      return;
    }
    report =
        ReadinessReport.of(
            assessment, assessments.earlierSignedOff(caller, year, ReadinessChart.MAX_SHAPES - 1));
    edits = ReadinessAccess.edits(caller) && !assessment.isSignedOff();
  }

  public ReadinessAssessment getAssessment() {
    return assessment;
  }

  public ReadinessReport getReport() {
    return report;
  }

  /** Whether this leader may carry on answering it (a draft). */
  public boolean isEdits() {
    return edits;
  }

  public List<ReadinessAnswer> answers(Theme theme) {
    return theme.getQuestions().stream().map(assessment::answer).toList();
  }

  public String getCopiedFromYear() {
    Integer from = assessment == null ? null : assessment.getCopiedFromYear();
    return from == null ? null : String.valueOf(from);
  }
}
