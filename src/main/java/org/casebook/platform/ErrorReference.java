package org.casebook.platform;

import java.security.SecureRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A short reference a user can quote to the service desk. The details of the failure go to the
 * server log under that reference, never to the page or the API answer.
 */
public final class ErrorReference {

  private static final Logger LOG = Logger.getLogger(ErrorReference.class.getName());
  private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private ErrorReference() {}

  public static String newReference() {
    StringBuilder out = new StringBuilder("CB-");
    for (int i = 0; i < 8; i++) {
      out.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return out.toString();
  }

  /** Logs the failure under a new reference and returns the reference. */
  public static String log(String where, Throwable failure) {
    String reference = newReference();
    LOG.log(Level.SEVERE, "Error " + reference + " in " + where, failure);
    return reference;
  }
}
