package org.casebook.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * The database identity store: Casebook accounts, their hashed passwords and their role. The
 * detailed outcome (locked, deactivated) is kept for the sign-in page in {@link LastSignIn}.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject SignIns signIns;
  @Inject LastSignIn lastSignIn;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    SignIns.Attempt attempt = signIns.attempt(login.getCaller(), login.getPasswordAsString());
    lastSignIn.record(attempt.outcome());
    return attempt
        .account()
        .map(a -> new CredentialValidationResult(a.getUsername(), Set.of(a.getRole().name())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
