package org.casebook.platform.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Stay signed in": touching the session resets its idle timer. Answers 204 while the session is
 * alive and 401 when it has already ended, so the page knows to send the user to sign in.
 */
@WebServlet("/session/keep-alive")
public class KeepAliveServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    response.setStatus(
        request.getRemoteUser() != null && request.getSession(false) != null
            ? HttpServletResponse.SC_NO_CONTENT
            : HttpServletResponse.SC_UNAUTHORIZED);
  }
}
