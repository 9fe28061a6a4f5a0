package org.casebook.training.miti;

import java.util.Locale;

/** Who is speaking in a practice conversation. */
public enum Speaker {
  /** The worker being coded: only their turns receive behaviour codes. */
  PRACTITIONER,
  /** The person they are talking with. */
  PERSON;

  /** "Practitioner" or "Person", for headings and screen readers. */
  public String getNameKey() {
    return "miti.speaker." + name().toLowerCase(Locale.ROOT);
  }
}
