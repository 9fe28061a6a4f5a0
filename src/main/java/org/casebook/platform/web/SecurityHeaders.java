package org.casebook.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The security headers every response carries, whoever writes it. */
public final class SecurityHeaders {

  static final String STRICT_POLICY =
      "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self';"
          + " frame-ancestors 'none'; form-action 'self'";

  private SecurityHeaders() {}

  /**
   * Sets the headers. Faces pages get their Content Security Policy (with a per-request script
   * nonce) from PrimeFaces, configured in web.xml; every other response gets a strict one here.
   */
  public static void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean page =
        path.endsWith(".xhtml") && !path.startsWith("/jakarta.faces.resource/") || path.equals("/");
    if (!page) {
      response.setHeader("Content-Security-Policy", STRICT_POLICY);
    }
    if (page || path.startsWith("/api/")) {
      // Pages and API answers carry people's details: never keep them in a shared cache.
      response.setHeader("Cache-Control", "no-store");
    }
  }
}
