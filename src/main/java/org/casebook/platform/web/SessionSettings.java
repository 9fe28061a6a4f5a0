package org.casebook.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings pages need: how long a session may sit idle before sign-out. */
@Named
@ApplicationScoped
public class SessionSettings {

  @Inject
  @ConfigProperty(name = "casebook.session.idle-minutes", defaultValue = "20")
  int idleMinutes;

  public int getIdleSeconds() {
    return idleMinutes * 60;
  }
}
