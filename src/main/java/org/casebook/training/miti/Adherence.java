package org.casebook.training.miti;

import java.util.Locale;

/** Where a behaviour code stands in the MITI's two totals. */
public enum Adherence {
  /** Counted in Total MI-adherent: Seek, Affirm, Emphasize. */
  MI_ADHERENT,
  /** Counted in Total MI-non-adherent: Persuade, Confront. */
  MI_NON_ADHERENT,
  /** In neither total: information, persuading with permission, questions and reflections. */
  NEITHER;

  public String getNameKey() {
    return "miti.adherence." + name().toLowerCase(Locale.ROOT);
  }
}
