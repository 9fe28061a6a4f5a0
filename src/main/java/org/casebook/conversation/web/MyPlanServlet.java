package org.casebook.conversation.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.casebook.conversation.Conversations;
import org.casebook.conversation.MyPlan;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.security.CurrentUser;

/**
 * "My plan" as a PDF to download and print for the person. Only for a finalised conversation the
 * caller may see (web.xml limits the path to social workers and team managers; the service checks
 * team and restriction). Anything else answers 404, saying nothing about whether it exists.
 */
@WebServlet("/conversation/my-plan")
public class MyPlanServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject Conversations conversations;
  @Inject CurrentUser currentUser;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id;
    try {
      id = Long.parseLong(request.getParameter("id"));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] pdf;
    try {
      MyPlan.Plan plan = conversations.plan(currentUser.caller(), id, "page /conversation/my-plan");
      pdf = MyPlan.pdf(plan);
    } catch (NotFound | RuleViolation e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Content-Disposition", "attachment; filename=\"my-plan-" + id + ".pdf\"");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }
}
