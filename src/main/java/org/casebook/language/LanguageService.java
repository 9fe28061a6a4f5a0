package org.casebook.language;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.casebook.platform.RuleViolation;
import org.casebook.security.Caller;

/**
 * Checks staff's writing against the council's lexicon (the shipped one merged with the council's
 * own entries, see {@link Lexicons}). Any signed-in member of staff may check a text; nothing
 * checked is stored or logged.
 */
@ApplicationScoped
public class LanguageService {

  /** The most characters checked at once: a whole long case note, with room to spare. */
  public static final int MAX_CHARACTERS = 1_000_000;

  @Inject Lexicons lexicons;

  public List<Finding> check(Caller caller, String text) {
    if (caller == null) {
      throw new Caller.AccessDenied();
    }
    String checked = checkable(text);
    return lexicons.checker().check(checked);
  }

  /**
   * The council's checker as it stands, for checking many texts at once (a whole record, a sample
   * of records) with one look at whether the lexicon changed.
   */
  public LanguageChecker checker(Caller caller) {
    if (caller == null) {
      throw new Caller.AccessDenied();
    }
    return lexicons.checker();
  }

  /**
   * The council's checker, for Casebook's own counting (practice figures kept when a record is
   * signed), not on behalf of a caller.
   */
  public LanguageChecker checker() {
    return lexicons.checker();
  }

  /** The text, if it is short enough to check at once. */
  public static String checkable(String text) {
    if (text != null && text.length() > MAX_CHARACTERS) {
      throw new RuleViolation("language.tooLong", MAX_CHARACTERS);
    }
    return text;
  }
}
