package org.casebook.perf;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/** Signing a benchmark user in through the real sign-in form, shared by the simulations. */
final class SignIn {

  /** The PrimeFaces Content Security Policy nonce a page carries, to post back with a form. */
  static final String NONCE = "PrimeFaces\\.csp\\.init\\('([^']+)'\\)";

  private SignIn() {}

  /** Signs in as the session's {@code username}; fails unless Casebook lets them in. */
  static ChainBuilder chain(String baseUrl) {
    return exec(http("sign in: page")
            .get("/login.xhtml")
            .check(status().is(200))
            .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"))
            .check(regex(NONCE).saveAs("nonce")))
        .exec(
            http("sign in: submit")
                .post("/login.xhtml")
                .formParam("f", "f")
                .formParam("f:username", "#{username}")
                .formParam("f:password", PerfData.PASSWORD)
                .formParam("f:next", "")
                .formParam("f:expired", "false")
                .formParam("f:signIn", "")
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}")
                .check(status().is(200))
                .check(currentLocation().not(baseUrl + "/login.xhtml"))
                .check(substring("f:username").notExists()));
  }
}
