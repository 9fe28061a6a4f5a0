package org.casebook.training.miti;

import java.util.List;

/** A global score left out or not a rating from 1 to 5. */
public record GlobalsProblem(GlobalScore score, String key) implements Problem {

  /** Not rated yet. */
  public static final String MISSING = "miti.globals.problem.missing";

  /** A number that is not 1 to 5. */
  public static final String OUT_OF_RANGE = "miti.globals.problem.outOfRange";

  public GlobalScore getScore() {
    return score;
  }

  /** None: the page shows the problem beside the global's own name. */
  @Override
  public List<String> arguments() {
    return List.of();
  }
}
