package org.casebook.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * After an administrator's reset, the only page open to the user is the one that changes their
 * password (plus what that page needs to load, and signing out).
 */
@WebFilter(filterName = "passwordChange", urlPatterns = "*.xhtml")
public class PasswordChangeFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String PAGE = "/account/password.xhtml";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    String path = request.getServletPath();
    if (session != null
        && request.getRemoteUser() != null
        && Boolean.TRUE.equals(session.getAttribute("casebook.mustChangePassword"))
        && !PAGE.equals(path)
        && !"/login.xhtml".equals(path)
        && !"/error.xhtml".equals(path)) {
      response.sendRedirect(request.getContextPath() + PAGE);
      return;
    }
    chain.doFilter(request, response);
  }
}
