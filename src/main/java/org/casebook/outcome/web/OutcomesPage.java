package org.casebook.outcome.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casebook.account.Account;
import org.casebook.account.Team;
import org.casebook.outcome.FigureTables;
import org.casebook.outcome.Figures;
import org.casebook.outcome.FilterInput;
import org.casebook.outcome.OutcomeAccess;
import org.casebook.outcome.OutcomeFilter;
import org.casebook.outcome.Outcomes;
import org.casebook.outcome.PeriodChoice;
import org.casebook.outcome.ReportingQuarter;
import org.casebook.platform.Messages;
import org.casebook.platform.web.AddressProblems;
import org.casebook.platform.web.Pages;
import org.casebook.report.About;
import org.casebook.report.FigureGroup;
import org.casebook.security.Caller;
import org.casebook.security.CurrentUser;

/**
 * The outcomes dashboard, for team managers, leaders and administrators. The filter comes in the
 * address (a GET form), so a view can be bookmarked and shared; anyone else who reaches the page
 * gets "not allowed" from the server.
 */
@Named
@RequestScoped
public class OutcomesPage {

  @Inject Outcomes outcomes;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  private Caller caller;
  private FilterInput input = FilterInput.of(name -> null);
  private final AddressProblems problems = new AddressProblems();
  private Figures figures;
  private List<FigureGroup> groups = List.of();
  private List<About> about = List.of();
  private List<Team> teams = List.of();
  private List<Account> workers = List.of();
  private List<String> wards = List.of();
  private Long teamInScope;

  public void load() {
    caller = currentUser.caller();
    if (!OutcomeAccess.seesDashboard(caller)) {
      Pages.forbidden();
      return;
    }
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    input = FilterInput.of(params::get);
    LocalDate today = LocalDate.now(clock);
    FilterInput.Read read = input.read(today);
    teams = outcomes.teams(caller);
    OutcomeFilter filter = read.filter();
    problems.add(filter != null ? outcomes.problems(caller, filter) : read.problems());
    OutcomeFilter shown =
        filter != null
            ? filter
            : new OutcomeFilter(
                PeriodChoice.LAST_12_MONTHS,
                PeriodChoice.LAST_12_MONTHS.on(today),
                null,
                null,
                null);
    teamInScope = problems.has("team") ? null : OutcomeAccess.team(caller, teamAsked());
    workers = outcomes.workers(caller, teamInScope);
    wards = new ArrayList<>(outcomes.wards(caller, shown.withTeam(teamInScope)));
    String ward = input.ward() == null ? null : input.ward().strip();
    if (ward != null && !ward.isEmpty() && wards.stream().noneMatch(ward::equalsIgnoreCase)) {
      wards.add(0, ward);
    }
    if (!problems.isAny()) {
      figures = outcomes.figures(caller, filter);
      groups = FigureTables.of(figures);
      about = FigureTables.about(figures);
    }
  }

  private Long teamAsked() {
    try {
      return input.team() == null || input.team().isBlank()
          ? null
          : Long.valueOf(input.team().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  // --- the form -------------------------------------------------------------------------------

  public FilterInput getInput() {
    return input;
  }

  public List<PeriodChoice> getPeriods() {
    return List.of(PeriodChoice.values());
  }

  /** The period chosen, for its radio button (the default when none or a wrong one came). */
  public String getPeriodChosen() {
    return input.choice().orElse(PeriodChoice.LAST_12_MONTHS).parameter();
  }

  /** Each preset with the days it covers today: "This quarter (1 October to 31 December 2026)". */
  public String periodLabel(PeriodChoice choice) {
    if (choice == PeriodChoice.DATES) {
      return Messages.text(choice.getMessageKey());
    }
    return Messages.text(
        "outcomes.period.withDays",
        Messages.text(choice.getMessageKey()),
        choice.on(LocalDate.now(clock)).shown());
  }

  /** Each field's problem in words, to show beside it. */
  public Map<String, String> getProblems() {
    return problems.getTexts();
  }

  public AddressProblems getProblemSummary() {
    return problems;
  }

  public boolean isChoosesTeam() {
    return OutcomeAccess.choosesTeam(caller);
  }

  public List<Team> getTeams() {
    return teams;
  }

  public List<Account> getWorkers() {
    return workers;
  }

  /** Workers can be chosen once a team is in view. */
  public boolean isChoosesWorker() {
    return teamInScope != null;
  }

  public List<String> getWards() {
    return wards;
  }

  public boolean selected(String typed, Object value) {
    return typed != null && value != null && typed.strip().equals(String.valueOf(value));
  }

  public boolean wardSelected(String ward) {
    return input.ward() != null && input.ward().strip().equalsIgnoreCase(ward);
  }

  // --- the figures ----------------------------------------------------------------------------

  public Figures getFigures() {
    return figures;
  }

  public List<FigureGroup> getGroups() {
    return groups;
  }

  public List<About> getAbout() {
    return about;
  }

  /** The filter as a query string, for the downloads. */
  public String getQuery() {
    return input.query();
  }

  // --- the Client Level Data extract (leaders and administrators) ------------------------------

  public boolean isSeesExtract() {
    return OutcomeAccess.choosesTeam(caller);
  }

  /** The last quarter that has ended: what the performance team most often needs. */
  public ReportingQuarter getLastQuarter() {
    return ReportingQuarter.containing(LocalDate.now(clock)).previous();
  }

  /** This financial year and the five before, newest first. */
  public List<Integer> getExtractYears() {
    int year = ReportingQuarter.containing(LocalDate.now(clock)).year();
    List<Integer> years = new ArrayList<>();
    for (int y = year; y > year - 6; y--) {
      years.add(y);
    }
    return years;
  }

  public String financialYear(int year) {
    return ReportingQuarter.financialYear(year);
  }

  public List<Integer> getQuarters() {
    return List.of(1, 2, 3, 4);
  }
}
