package org.casebook.practice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casebook.account.Account;
import org.casebook.account.Team;
import org.casebook.platform.Messages;
import org.casebook.platform.web.AddressProblems;
import org.casebook.platform.web.Pages;
import org.casebook.practice.Culture;
import org.casebook.practice.CultureAccess;
import org.casebook.practice.CultureFigures;
import org.casebook.practice.CultureFilter;
import org.casebook.practice.CultureInput;
import org.casebook.practice.CultureTables;
import org.casebook.report.About;
import org.casebook.report.AddressQuery;
import org.casebook.report.FigureGroup;
import org.casebook.security.Caller;
import org.casebook.security.CurrentUser;
import org.casebook.security.Role;

/**
 * The practice culture dashboard: team managers (their team, by worker), leaders and administrators
 * (every team), and social workers (their own figures). The choices come in the address (a GET
 * form), so a view can be bookmarked; anything the caller may not see, another team's figures
 * included, is refused with "not allowed" by the server.
 */
@Named
@RequestScoped
public class CulturePage {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  @Inject Culture culture;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  private Caller caller;
  private CultureInput input = CultureInput.of(name -> null);
  private final AddressProblems problems = new AddressProblems();
  private CultureFigures figures;
  private List<FigureGroup> groups = List.of();
  private List<About> about = List.of();
  private List<Team> teams = List.of();
  private List<Account> workers = List.of();
  private Long teamInScope;

  public void load() {
    caller = currentUser.caller();
    if (!CultureAccess.seesDashboard(caller)) {
      Pages.forbidden();
      return;
    }
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    input = CultureInput.of(params::get);
    CultureInput.Read read = input.read(YearMonth.now(clock));
    try {
      teamInScope = CultureAccess.team(caller, AddressQuery.id(input.team()).orElse(null));
      CultureFilter filter = read.filter();
      problems.add(filter != null ? culture.problems(caller, filter) : read.problems());
      teams = culture.teams(caller);
      workers = problems.has("team") ? List.of() : culture.workers(caller, teamInScope);
      if (!problems.isAny()) {
        figures = culture.figures(caller, filter);
        groups = CultureTables.of(figures);
        about = CultureTables.about(figures);
      }
    } catch (Caller.AccessDenied e) {
      Pages.forbidden();
    }
  }

  // --- the form -------------------------------------------------------------------------------

  public CultureInput getInput() {
    return input;
  }

  /** The trend lengths offered: 12, 24 and 36 months. */
  public List<Integer> getLengths() {
    return CultureFilter.LENGTHS;
  }

  /** The length chosen, for its radio button (the default when none or a wrong one came). */
  public int getLengthChosen() {
    return input.length().orElse(CultureFilter.DEFAULT_MONTHS);
  }

  /** The months the trend can end with: this one and the 36 before, newest first. */
  public List<YearMonth> getEnds() {
    List<YearMonth> ends = new ArrayList<>();
    YearMonth now = YearMonth.now(clock);
    for (int i = 0; i <= CultureFilter.END_MONTHS_BACK; i++) {
      ends.add(now.minusMonths(i));
    }
    return ends;
  }

  /** The last month chosen (this month when none or a wrong one came). */
  public YearMonth getEndChosen() {
    YearMonth now = YearMonth.now(clock);
    return input.end(now).orElse(now);
  }

  /** "November 2026 (this month)", "October 2026". */
  public String endLabel(YearMonth month) {
    String name = MONTH.format(month);
    return month.equals(YearMonth.now(clock))
        ? Messages.text("culture.filter.end.thisMonth", name)
        : name;
  }

  /** Each field's problem in words, to show beside it. */
  public Map<String, String> getProblems() {
    return problems.getTexts();
  }

  public AddressProblems getProblemSummary() {
    return problems;
  }

  public boolean isChoosesTeam() {
    return CultureAccess.choosesTeam(caller);
  }

  public boolean isChoosesWorker() {
    return CultureAccess.choosesWorker(caller);
  }

  /** Workers can be chosen once a team is in view. */
  public boolean isWorkerListed() {
    return teamInScope != null;
  }

  /** A social worker sees their own figures only. */
  public boolean isOwnFigures() {
    return caller != null && caller.is(Role.SOCIAL_WORKER);
  }

  public List<Team> getTeams() {
    return teams;
  }

  public List<Account> getWorkers() {
    return workers;
  }

  public boolean selected(String typed, Object value) {
    return typed != null && value != null && typed.strip().equals(String.valueOf(value));
  }

  // --- the figures ----------------------------------------------------------------------------

  public CultureFigures getFigures() {
    return figures;
  }

  public List<FigureGroup> getGroups() {
    return groups;
  }

  public List<About> getAbout() {
    return about;
  }

  /** The choices as a query string, for the downloads. */
  public String getQuery() {
    return input.query();
  }
}
