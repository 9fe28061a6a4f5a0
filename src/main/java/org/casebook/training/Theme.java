package org.casebook.training;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What a training case is good for teaching. */
public enum Theme {
  STRENGTHS,
  NETWORKS,
  COMMUNITY,
  GOALS,
  RISK,
  MI;

  public String messageKey() {
    return "training.theme." + name();
  }

  public String getMessageKey() {
    return messageKey();
  }

  public String getName() {
    return name();
  }

  /** Themes as kept in a column: "STRENGTHS,MI". */
  public static String join(Set<Theme> themes) {
    return themes.stream().sorted().map(Theme::name).collect(Collectors.joining(","));
  }

  /** Themes from a column, ignoring anything unknown. */
  public static Set<Theme> split(String column) {
    EnumSet<Theme> themes = EnumSet.noneOf(Theme.class);
    if (column != null) {
      for (String part : column.split(",")) {
        parse(part).ifPresent(themes::add);
      }
    }
    return themes;
  }

  public static Optional<Theme> parse(String typed) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    String name = typed.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
  }

  public static List<Theme> all() {
    return List.of(values());
  }
}
