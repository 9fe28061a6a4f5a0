package org.casebook.training.miti;

import java.util.Locale;
import java.util.Optional;

/**
 * The practitioner behaviour codes of the MITI 4.2.1, with their published abbreviations (kept as
 * the manual spells them, "Emphasize" included, so coders trained on it recognise them).
 *
 * <p>The manual counts each code at most once in a practitioner's turn, gives one reflection code a
 * turn (complex if any reflection in it is complex) and only Persuade with Permission when a turn
 * has both kinds of persuading: {@link Coding#problems(Transcript)} says when a coding breaks these
 * rules.
 */
public enum Behaviour {
  GIVING_INFORMATION("GI", Adherence.NEITHER),
  PERSUADE("Persuade", Adherence.MI_NON_ADHERENT),
  PERSUADE_WITH_PERMISSION("Persuade with", Adherence.NEITHER),
  QUESTION("Q", Adherence.NEITHER),
  SIMPLE_REFLECTION("SR", Adherence.NEITHER),
  COMPLEX_REFLECTION("CR", Adherence.NEITHER),
  AFFIRM("AF", Adherence.MI_ADHERENT),
  SEEKING_COLLABORATION("Seek", Adherence.MI_ADHERENT),
  EMPHASISING_AUTONOMY("Emphasize", Adherence.MI_ADHERENT),
  CONFRONT("Confront", Adherence.MI_NON_ADHERENT);

  private final String abbreviation;
  private final Adherence adherence;

  Behaviour(String abbreviation, Adherence adherence) {
    this.abbreviation = abbreviation;
    this.adherence = adherence;
  }

  /** The MITI's abbreviation, as published: "GI", "Persuade with", "Emphasize". */
  public String getAbbreviation() {
    return abbreviation;
  }

  public Adherence getAdherence() {
    return adherence;
  }

  public boolean isReflection() {
    return this == SIMPLE_REFLECTION || this == COMPLEX_REFLECTION;
  }

  /** "Complex reflection". */
  public String getNameKey() {
    return key() + ".name";
  }

  /** One or two sentences for trainees on what earns the code. */
  public String getDescriptionKey() {
    return key() + ".description";
  }

  private String key() {
    return "miti.behaviour." + name().toLowerCase(Locale.ROOT);
  }

  /**
   * The code with this abbreviation or name, ignoring case and spacing: "cr", "Persuade with",
   * "complex reflection", "COMPLEX_REFLECTION"; also the manual's "Persuasion" and "Persuasion
   * with". Empty for anything else.
   */
  public static Optional<Behaviour> find(String written) {
    if (written == null) {
      return Optional.empty();
    }
    String w = written.strip().replaceAll("[\\s_]+", " ").toLowerCase(Locale.ROOT);
    for (Behaviour b : values()) {
      if (w.equals(b.abbreviation.toLowerCase(Locale.ROOT))
          || w.equals(b.name().replace('_', ' ').toLowerCase(Locale.ROOT))) {
        return Optional.of(b);
      }
    }
    return switch (w) {
      case "persuasion" -> Optional.of(PERSUADE);
      case "persuasion with", "persuasion with permission" -> Optional.of(PERSUADE_WITH_PERMISSION);
      case "emphasize autonomy", "emphasizing autonomy", "emphasise autonomy", "emphasise" ->
          Optional.of(EMPHASISING_AUTONOMY);
      case "affirmation" -> Optional.of(AFFIRM);
      default -> Optional.empty();
    };
  }
}
