package org.casebook.anonymise;

/**
 * An address Casebook holds for the case: the address line(s) and the postcode, either may be null.
 */
public record KnownAddress(String line, String postcode) {

  /** Never the address itself: it is personal data and must not reach a log. */
  @Override
  public String toString() {
    return "KnownAddress[...]";
  }
}
