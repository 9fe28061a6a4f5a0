package org.casebook.training.miti;

import java.util.List;

/**
 * Something a person typed or chose that needs putting right, as a message key and the message's
 * arguments, so every page shows problems the same way.
 */
public interface Problem {

  /** The message key in {@code i18n/miti.properties}. */
  String key();

  /** The message's {0}, {1}…, as text. */
  List<String> arguments();

  default String getKey() {
    return key();
  }

  /** The arguments as an array, for {@code h:outputFormat} and {@code MessageFormat}. */
  default Object[] getArguments() {
    return arguments().toArray();
  }
}
