package org.casebook.person;

import java.time.LocalDate;

/**
 * What to look for in the register; any combination, blanks ignored. The name matches any part of
 * the full or preferred name; a postcode may be whole ("LS6 2AB") or just its first half ("LS6").
 */
public record PersonSearch(String name, LocalDate dateOfBirth, String nhsNumber, String postcode) {

  public static final int MAX_RESULTS = 200;

  public boolean isEmpty() {
    return blank(name) && dateOfBirth == null && blank(nhsNumber) && blank(postcode);
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
