package org.casebook.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The council's front-door settings: the window within which a new request counts as a repeat (3, 6
 * or 12 months) and how many days apart contacts may be and still count as one request.
 */
@ApplicationScoped
@jakarta.inject.Named
public class FrontDoorSettings {

  @Inject
  @ConfigProperty(name = "casebook.contacts.repeat-window-months", defaultValue = "6")
  int windowMonths;

  @Inject
  @ConfigProperty(name = "casebook.contacts.merge-days", defaultValue = "4")
  int mergeDays;

  /** The repeat window: 3, 6 or 12 months; anything else falls back to 6. */
  public int windowMonths() {
    return RequestHistory.WINDOWS.contains(windowMonths) ? windowMonths : 6;
  }

  /** Days apart that still count as one request: 0 to 31, else 4. */
  public int mergeDays() {
    return mergeDays >= 0 && mergeDays <= 31 ? mergeDays : 4;
  }

  /** For EL. */
  public int getWindowMonths() {
    return windowMonths();
  }
}
