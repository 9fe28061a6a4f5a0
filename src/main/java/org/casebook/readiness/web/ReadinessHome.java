package org.casebook.readiness.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.casebook.platform.Messages;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.web.Pages;
import org.casebook.readiness.ReadinessAccess;
import org.casebook.readiness.ReadinessAssessment;
import org.casebook.readiness.ReadinessAssessments;
import org.casebook.readiness.ReadinessYears;
import org.casebook.security.Caller;
import org.casebook.security.CurrentUser;

/**
 * The self-assessments by year, for everyone who may read them; for leaders, starting this year's
 * (from the last signed-off answers if they like) or recording an earlier year's.
 */
@Named
@ViewScoped
public class ReadinessHome implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReadinessAssessments assessments;
  @Inject CurrentUser currentUser;

  /** One year in the list: kept as plain values, so the view's state holds no entity. */
  public record YearRow(
      int year, String statusKey, boolean signedOff, int rated, Instant at, String by)
      implements Serializable {

    static YearRow of(ReadinessAssessment a) {
      return new YearRow(
          a.getYear(),
          a.getStatus().getMessageKey(),
          a.isSignedOff(),
          a.getRated(),
          a.isSignedOff() ? a.getSignedOffAt() : a.getSavedAt(),
          a.isSignedOff() ? a.getSignedOffBy() : a.getSavedBy());
    }

    public int getYear() {
      return year;
    }

    /** The year as words ("2026", never "2,026"). */
    public String getYearText() {
      return String.valueOf(year);
    }

    public String getStatusKey() {
      return statusKey;
    }

    public boolean isSignedOff() {
      return signedOff;
    }

    public int getRated() {
      return rated;
    }

    /** When it was signed off, or else last saved. */
    public Instant getAt() {
      return at;
    }

    /** Who signed it off, or else last saved it. */
    public String getBy() {
      return by;
    }
  }

  private List<YearRow> years = List.of();
  private int thisYear;
  private boolean thisYearStarted;
  private Integer startFrom;
  private boolean edits;
  private List<Integer> earlierOffered = List.of();

  private boolean startFromEarlier = true;
  private Integer earlierYear;

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    Caller caller = currentUser.caller();
    if (!ReadinessAccess.reads(caller)) {
      Pages.forbidden();
      return;
    }
    refresh(caller);
  }

  private void refresh(Caller caller) {
    edits = ReadinessAccess.edits(caller);
    thisYear = assessments.thisYear();
    years = assessments.all(caller).stream().map(YearRow::of).toList();
    thisYearStarted = years.stream().anyMatch(y -> y.year() == thisYear);
    startFrom =
        assessments.earlierSignedOff(caller, thisYear, 1).stream()
            .findFirst()
            .map(ReadinessAssessment::getYear)
            .orElse(null);
    earlierOffered =
        ReadinessYears.earlierOffered(thisYear, years.stream().map(YearRow::year).toList());
  }

  public String startThisYear() {
    return start(thisYear, startFromEarlier && startFrom != null);
  }

  public String startEarlier() {
    if (earlierYear == null) {
      Pages.fieldError(
          "earlier:earlierYear",
          Messages.text(
              "readiness.year.outOfRange",
              String.valueOf(ReadinessYears.FIRST),
              String.valueOf(thisYear)));
      return null;
    }
    return start(earlierYear, false);
  }

  private String start(int year, boolean copy) {
    Caller caller = currentUser.caller();
    try {
      assessments.start(caller, year, copy);
      Pages.info("readiness.start.started", String.valueOf(year));
      Pages.keepMessages();
      return "/readiness/edit?faces-redirect=true&year=" + year;
    } catch (RuleViolation e) {
      Pages.error(e);
      refresh(caller);
      return null;
    }
  }

  public List<YearRow> getYears() {
    return years;
  }

  public boolean isEdits() {
    return edits;
  }

  /** Whether a leader may start this year's now. */
  public boolean isStartsThisYear() {
    return edits && !thisYearStarted;
  }

  public String getThisYear() {
    return String.valueOf(thisYear);
  }

  /** The signed-off year this year's can start from, as text; null when there is none. */
  public String getStartFrom() {
    return startFrom == null ? null : String.valueOf(startFrom);
  }

  public List<Integer> getEarlierOffered() {
    return earlierOffered;
  }

  public boolean isStartFromEarlier() {
    return startFromEarlier;
  }

  public void setStartFromEarlier(boolean startFromEarlier) {
    this.startFromEarlier = startFromEarlier;
  }

  public Integer getEarlierYear() {
    return earlierYear;
  }

  public void setEarlierYear(Integer earlierYear) {
    this.earlierYear = earlierYear;
  }
}
