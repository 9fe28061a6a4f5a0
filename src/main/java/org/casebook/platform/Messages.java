package org.casebook.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UK English text bundle, for Java code (pages use it as {@code #{msg}}). */
public final class Messages {

  public static final String BUNDLE = "i18n.messages";
  public static final Locale LOCALE = Locale.UK;

  private Messages() {}

  public static String text(String key, Object... arguments) {
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, LOCALE).getString(key);
    } catch (MissingResourceException e) {
      pattern = ResourceBundle.getBundle(BUNDLE, LOCALE).getString("error.generic");
    }
    if (arguments == null || arguments.length == 0 || arguments[0] == null) {
      return pattern.replace("''", "'");
    }
    return new MessageFormat(pattern, LOCALE).format(arguments);
  }

  /** What is wrong with a field, in words. */
  /** Whether the bundle has words for a key. */
  public static boolean has(String key) {
    return ResourceBundle.getBundle(BUNDLE, LOCALE).containsKey(key);
  }

  public static String text(FieldProblem problem) {
    return problem.number() == null
        ? text(problem.messageKey())
        : text(problem.messageKey(), problem.number());
  }

  public static String text(RuleViolation violation) {
    return text(violation.messageKey(), violation.arguments());
  }
}
