package org.casebook.training.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The MITI texts ({@code i18n/miti.properties}) for pages and beans: the codes, globals, summary
 * scores and problems in words.
 */
@Named
@ApplicationScoped
public class MitiText {

  private static final Locale UK = Locale.UK;

  public static String text(String key, Object... arguments) {
    String pattern;
    try {
      pattern = ResourceBundle.getBundle("i18n.miti", UK).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, UK).format(arguments);
  }

  /** A transcript problem in words, with its line: "Line 3: …". */
  public static String problem(int line, String key, List<String> arguments) {
    String words = text(key, arguments.toArray());
    return line > 0 ? text("miti.transcript.problem.line", line, words) : words;
  }

  public String of(String key) {
    return text(key);
  }

  public String with(String key, Object argument) {
    return text(key, argument);
  }

  /** "Turns coded the same: 70% (7 of 10)". */
  public String percent(org.casebook.training.miti.Agreement agreement) {
    return text(
        "miti.agreement.percent",
        agreement.getPercentAgreed(),
        agreement.getAgreed(),
        agreement.getCompared());
  }

  /** "CR, Q", or "No code". */
  public String codes(List<org.casebook.training.miti.Behaviour> codes) {
    return codes == null || codes.isEmpty()
        ? text("miti.agreement.noCode")
        : String.join(
            ", ",
            codes.stream().map(org.casebook.training.miti.Behaviour::getAbbreviation).toList());
  }
}
