package org.casebook.outcome.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.casebook.outcome.FigureTables;
import org.casebook.outcome.Figures;
import org.casebook.outcome.FilterInput;
import org.casebook.outcome.OutcomeAccess;
import org.casebook.outcome.Outcomes;
import org.casebook.platform.web.Downloads;
import org.casebook.report.ReportFormat;
import org.casebook.security.Caller;
import org.casebook.security.CurrentUser;

/**
 * The dashboard's figures as a CSV file or a spreadsheet, for the same filter as the page (the same
 * parameters) and under the same access rule: anyone else gets "not allowed", a filter the page
 * would refuse gets "bad request". Files are named for the filter and the day.
 */
@WebServlet({"/outcomes/export.csv", "/outcomes/export.xlsx"})
public class OutcomesExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject Outcomes outcomes;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Caller caller = currentUser.caller();
    if (!OutcomeAccess.seesDashboard(caller)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    FilterInput.Read read = FilterInput.of(request::getParameter).read(LocalDate.now(clock));
    if (!read.ok() || !outcomes.problems(caller, read.filter()).isEmpty()) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    Figures figures;
    try {
      figures = outcomes.figures(caller, read.filter());
    } catch (Caller.AccessDenied e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    ReportFormat format = ReportFormat.ofPath(request.getServletPath()).orElseThrow();
    Downloads.send(
        response,
        format.contentType(),
        figures.fileName(format.extension()),
        format.write(FigureTables.report(figures)));
  }
}
