package org.casebook.platform;

/** Somebody else saved the same record since this user opened it. Nothing was overwritten. */
public class EditConflict extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EditConflict(String what) {
    super(what);
  }
}
