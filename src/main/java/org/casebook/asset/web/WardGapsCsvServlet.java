package org.casebook.asset.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.casebook.asset.DirectoryGaps;
import org.casebook.asset.WardGapsCsv;
import org.casebook.platform.Messages;
import org.casebook.security.Caller;
import org.casebook.security.CurrentUser;

/**
 * Gaps by ward as a CSV file, named for the day it was made. The service lets only team managers
 * and administrators have it; anyone else gets "not allowed", as on the page.
 */
@WebServlet("/directory/gaps.csv")
public class WardGapsCsvServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject DirectoryGaps directoryGaps;
  @Inject CurrentUser currentUser;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    DirectoryGaps.Report report;
    try {
      report = directoryGaps.byWard(currentUser.caller());
    } catch (Caller.AccessDenied e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    byte[] csv = WardGapsCsv.write(report.gaps(), Messages::text);
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"gaps-by-ward-" + report.to() + ".csv\"");
    response.setContentLength(csv.length);
    response.getOutputStream().write(csv);
  }
}
