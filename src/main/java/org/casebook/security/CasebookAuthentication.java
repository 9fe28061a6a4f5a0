package org.casebook.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.casebook.account.Account;
import org.casebook.platform.Messages;
import org.casebook.platform.web.SecurityHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How Casebook knows who is asking. Pages use the app's own sign-in form and a session; the REST
 * API under {@code /api/} uses HTTP Basic on every call and never opens a session. Which URLs need
 * a signed-in user, and which roles, is declared in web.xml.
 */
@ApplicationScoped
public class CasebookAuthentication implements HttpAuthenticationMechanism {

  static final String SESSION_USER = "casebook.user";
  static final String SESSION_MUST_CHANGE_PASSWORD = "casebook.mustChangePassword";
  public static final String LOGIN_PAGE = "/login.xhtml";

  @Inject IdentityStoreHandler identityStores;
  @Inject SignIns signIns;

  @Inject
  @ConfigProperty(name = "casebook.session.idle-minutes", defaultValue = "20")
  int idleMinutes;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (isApi(request)) {
      return basic(request, context);
    }
    if (context.isAuthenticationRequest()) {
      return signIn(request, context);
    }
    HttpSession session = request.getSession(false);
    String username = session == null ? null : (String) session.getAttribute(SESSION_USER);
    if (username != null) {
      Optional<Account> account = signIns.stillActive(username);
      if (account.isPresent()) {
        session.setAttribute(SESSION_MUST_CHANGE_PASSWORD, account.get().isMustChangePassword());
        return context.notifyContainerAboutLogin(
            account.get().getUsername(), Set.of(account.get().getRole().name()));
      }
      session.invalidate();
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    return toSignInPage(request, response);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SESSION_USER);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }

  private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential == null) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    // A fresh session id at sign-in, so a session id planted before sign-in is worthless.
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    session = request.getSession(false);
    session.setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
    session.setMaxInactiveInterval(idleMinutes * 60);
    signIns
        .stillActive(result.getCallerPrincipal().getName())
        .ifPresent(
            a ->
                request
                    .getSession()
                    .setAttribute(SESSION_MUST_CHANGE_PASSWORD, a.isMustChangePassword()));
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus basic(HttpServletRequest request, HttpMessageContext context) {
    Optional<UsernamePasswordCredential> credential =
        basicCredential(request.getHeader("Authorization"));
    if (credential.isPresent()) {
      CredentialValidationResult result = identityStores.validate(credential.get());
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        // A temporary password set by an administrator is for signing in once and choosing a
        // new one on the page, not for use by a program.
        boolean temporary =
            signIns
                .stillActive(result.getCallerPrincipal().getName())
                .map(Account::isMustChangePassword)
                .orElse(true);
        if (temporary) {
          return challenge(context, "api.passwordChangeNeeded");
        }
        return context.notifyContainerAboutLogin(result);
      }
      return challenge(context);
    }
    return context.isProtected() ? challenge(context) : context.doNothing();
  }

  private static AuthenticationStatus challenge(HttpMessageContext context) {
    return challenge(context, "api.unauthorised");
  }

  private static AuthenticationStatus challenge(HttpMessageContext context, String messageKey) {
    HttpServletResponse response = context.getResponse();
    SecurityHeaders.apply(context.getRequest(), response);
    response.setHeader("WWW-Authenticate", "Basic realm=\"Casebook\", charset=\"UTF-8\"");
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    try {
      // The same JSON shape as every other API error; written here because no resource runs.
      response
          .getWriter()
          .write("{\"message\":\"" + Messages.text(messageKey) + "\",\"fields\":{}}");
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** Reads an HTTP Basic header; anything malformed counts as no credential at all. */
  static Optional<UsernamePasswordCredential> basicCredential(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return Optional.empty();
      }
      return Optional.of(
          new UsernamePasswordCredential(
              decoded.substring(0, colon), decoded.substring(colon + 1)));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  private AuthenticationStatus toSignInPage(
      HttpServletRequest request, HttpServletResponse response) {
    boolean expired =
        request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    String next = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null && "GET".equals(request.getMethod())) {
      next += "?" + request.getQueryString();
    }
    String target =
        request.getContextPath()
            + LOGIN_PAGE
            + "?next="
            + URLEncoder.encode(next, StandardCharsets.UTF_8)
            + (expired ? "&expired=true" : "");
    SecurityHeaders.apply(request, response);
    try {
      if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
        // A Faces Ajax request cannot follow a 302: tell the page to go there itself.
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target.replace("&", "&amp;")
                    + "\"></redirect></partial-response>");
      } else {
        response.sendRedirect(target);
      }
    } catch (IOException e) {
      throw new IllegalStateException("Could not send the browser to the sign-in page", e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api") || path.startsWith("/api/");
  }
}
