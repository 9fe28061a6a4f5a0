package org.casebook.practice.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import org.casebook.platform.web.Downloads;
import org.casebook.practice.Culture;
import org.casebook.practice.CultureAccess;
import org.casebook.practice.CultureFigures;
import org.casebook.practice.CultureInput;
import org.casebook.practice.CultureTables;
import org.casebook.report.ReportFormat;
import org.casebook.security.Caller;
import org.casebook.security.CurrentUser;

/**
 * The culture dashboard's figures as a CSV file, a spreadsheet or a PDF report, for the same
 * choices as the page (the same parameters) and under the same access rule: anything the caller may
 * not see gets "not allowed", choices the page would refuse get "bad request". Files are named for
 * the choices and the day.
 */
@WebServlet({"/practice/culture.csv", "/practice/culture.xlsx", "/practice/culture.pdf"})
public class CultureExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject Culture culture;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Caller caller = currentUser.caller();
    if (!CultureAccess.seesDashboard(caller)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    CultureInput.Read read = CultureInput.of(request::getParameter).read(YearMonth.now(clock));
    CultureFigures figures;
    try {
      if (!read.ok() || !culture.problems(caller, read.filter()).isEmpty()) {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        return;
      }
      figures = culture.figures(caller, read.filter());
    } catch (Caller.AccessDenied e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    ReportFormat format = ReportFormat.ofPath(request.getServletPath()).orElseThrow();
    Downloads.send(
        response,
        format.contentType(),
        figures.fileName(format.extension()),
        format.write(CultureTables.report(figures)));
  }
}
