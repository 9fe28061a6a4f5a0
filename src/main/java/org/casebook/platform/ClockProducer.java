package org.casebook.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** One clock for the whole application, so tests and rules about time agree. */
@ApplicationScoped
public class ClockProducer {

  @Inject
  @ConfigProperty(name = "casebook.timezone", defaultValue = "Europe/London")
  String zone;

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(ZoneId.of(zone));
  }
}
