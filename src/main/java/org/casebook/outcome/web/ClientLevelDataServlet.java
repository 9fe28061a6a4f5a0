package org.casebook.outcome.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.casebook.outcome.CldCsv;
import org.casebook.outcome.ClientLevelData;
import org.casebook.outcome.ReportingQuarter;
import org.casebook.platform.web.Downloads;
import org.casebook.report.ReportFormat;
import org.casebook.security.Caller;
import org.casebook.security.CurrentUser;

/**
 * The Client Level Data extract for a quarter of the financial year: {@code
 * /outcomes/cld.csv?year=2026&quarter=3} is October to December 2026. Leaders and administrators
 * only; anyone else gets "not allowed", a quarter that is not one gets "bad request".
 */
@WebServlet("/outcomes/cld.csv")
public class ClientLevelDataServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject ClientLevelData clientLevelData;
  @Inject CurrentUser currentUser;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Caller caller = currentUser.caller();
    if (!ClientLevelData.allowed(caller)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Optional<ReportingQuarter> quarter =
        ReportingQuarter.parse(request.getParameter("year"), request.getParameter("quarter"));
    if (quarter.isEmpty()) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    byte[] file;
    try {
      file = clientLevelData.csv(caller, quarter.get());
    } catch (Caller.AccessDenied e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Downloads.send(response, ReportFormat.CSV.contentType(), CldCsv.fileName(quarter.get()), file);
  }
}
