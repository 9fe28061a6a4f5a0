package org.casebook.training;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Free tags for teaching, typed with commas between: kept lower case, trimmed, each once. */
public final class Tags {

  private Tags() {}

  public static String normalise(String typed) {
    List<String> tags = split(typed);
    return tags.isEmpty() ? null : String.join(", ", tags);
  }

  public static List<String> split(String typed) {
    Set<String> tags = new LinkedHashSet<>();
    if (typed != null) {
      for (String part : typed.split("[,;\\n]")) {
        String tag = part.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (!tag.isEmpty()) {
          tags.add(tag);
        }
      }
    }
    return new ArrayList<>(tags);
  }
}
