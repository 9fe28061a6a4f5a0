package org.casebook.language;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.casebook.platform.RuleViolation;
import org.casebook.security.Caller;

/**
 * Checks staff's writing against the shipped lexicon. Any signed-in member of staff may check a
 * text; nothing checked is stored or logged.
 */
@ApplicationScoped
public class LanguageService {

  /** The most characters checked at once: a whole long case note, with room to spare. */
  public static final int MAX_CHARACTERS = 1_000_000;

  private volatile LanguageChecker checker;

  /** The checker every part of Casebook uses. */
  public LanguageChecker checker() {
    LanguageChecker c = checker;
    if (c == null) {
      c = new LanguageChecker(Lexicon.shipped());
      checker = c;
    }
    return c;
  }

  public List<Finding> check(Caller caller, String text) {
    if (caller == null) {
      throw new Caller.AccessDenied();
    }
    if (text != null && text.length() > MAX_CHARACTERS) {
      throw new RuleViolation("language.tooLong", MAX_CHARACTERS);
    }
    return checker().check(text);
  }
}
