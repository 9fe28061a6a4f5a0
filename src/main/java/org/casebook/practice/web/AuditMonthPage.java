package org.casebook.practice.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.web.Pages;
import org.casebook.practice.Audits;
import org.casebook.practice.PracticeAudit;
import org.casebook.security.Caller;
import org.casebook.security.CurrentUser;

/**
 * A team manager's case-file audit for one month: the records drawn at random for each worker, any
 * added by hand, where each has got to, and the team's other signed records of the month to add.
 */
@Named
@ViewScoped
public class AuditMonthPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Audits audits;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  private String month;
  private YearMonth shown;
  private transient Audits.Month view;
  private List<Audits.Candidate> candidates = new ArrayList<>();

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    try {
      shown =
          month == null || month.isBlank() ? audits.lastCompleteMonth() : YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      shown = audits.lastCompleteMonth();
    }
    month = shown.toString();
    refresh();
  }

  private void refresh() {
    try {
      view = audits.month(currentUser.caller(), shown);
      candidates = audits.candidates(currentUser.caller(), shown);
    } catch (Caller.AccessDenied e) {
      Pages.forbidden();
    } catch (RuleViolation e) {
      Pages.error(e);
    }
  }

  /** Adds a signed conversation to the month's audits and opens it. */
  public String add(long conversationId) {
    try {
      PracticeAudit audit = audits.add(currentUser.caller(), conversationId);
      Pages.info("practice.added");
      Pages.keepMessages();
      return "/practice/audit?faces-redirect=true&id=" + audit.getId();
    } catch (NotFound e) {
      Pages.error("practice.notFound");
    } catch (RuleViolation e) {
      Pages.error(e);
    }
    refresh();
    return null;
  }

  /** The months a manager can choose: this one and the last 36, newest first. */
  public List<YearMonth> getMonths() {
    List<YearMonth> months = new ArrayList<>();
    YearMonth now = YearMonth.now(clock);
    for (int i = 0; i <= Audits.MONTHS_BACK; i++) {
      months.add(now.minusMonths(i));
    }
    return months;
  }

  public Audits.Month getView() {
    if (view == null && shown != null) {
      refresh();
    }
    return view;
  }

  public List<Audits.Candidate> getCandidates() {
    return candidates;
  }

  public YearMonth getShown() {
    return shown;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }
}
