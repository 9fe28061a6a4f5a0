package org.casebook.security;

import jakarta.enterprise.context.RequestScoped;

/** The outcome of the sign-in attempt made in this request, for the sign-in page's message. */
@RequestScoped
public class LastSignIn {

  private SignInOutcome outcome;

  void record(SignInOutcome value) {
    this.outcome = value;
  }

  public SignInOutcome outcome() {
    return outcome;
  }
}
