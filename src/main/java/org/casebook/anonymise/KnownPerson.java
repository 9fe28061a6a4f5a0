package org.casebook.anonymise;

import java.util.List;
import java.util.Objects;

/**
 * Someone Casebook knows to be part of the case, with every name they go by: full name, the name
 * they like to be called, and others (a maiden name, a nickname, a spelling in another script
 * written in Latin letters).
 */
public record KnownPerson(
    Role role, String fullName, String preferredName, List<String> otherNames) {

  /** How the person is part of the case. */
  public enum Role {
    /** The person the record is about. */
    PERSON,
    /** Family, friends, neighbours. */
    NETWORK,
    /** Staff. */
    WORKER,
    OTHER
  }

  public KnownPerson {
    Objects.requireNonNull(role, "role");
    otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
  }

  public KnownPerson(Role role, String fullName) {
    this(role, fullName, null, List.of());
  }

  /** Every name given for the person, blank ones left out. */
  public List<String> names() {
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(fullName, preferredName), otherNames.stream())
        .filter(n -> n != null && !n.isBlank())
        .toList();
  }

  /** Never the names themselves: they are personal data and must not reach a log. */
  @Override
  public String toString() {
    return "KnownPerson[" + role + ", " + names().size() + " names]";
  }
}
