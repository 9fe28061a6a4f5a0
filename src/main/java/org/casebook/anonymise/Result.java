package org.casebook.anonymise;

import java.util.List;

/** An anonymised text, what was replaced in it and what the reviewer should look at. */
public record Result(String text, List<Replacement> replacements, List<Flag> flags) {

  public Result {
    replacements = List.copyOf(replacements);
    flags = List.copyOf(flags);
  }
}
