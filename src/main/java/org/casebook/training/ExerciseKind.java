package org.casebook.training;

/** What an exercise asks for. */
public enum ExerciseKind {
  /** Rewrite a note in a strengths-based way, with the language checker's feedback. */
  REWRITE,
  /** Code a practice conversation with the MITI 4.2.1 and rate its globals. */
  MITI;

  public String getMessageKey() {
    return "training.exercise.kind." + name();
  }
}
