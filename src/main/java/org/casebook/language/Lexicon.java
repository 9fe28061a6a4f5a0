package org.casebook.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The lexicon as data: one entry a line, fields separated by {@code |}:
 *
 * <pre>id | CATEGORY | phrase; phrase … | suggestion | explanation | options</pre>
 *
 * <p>Options (may be empty): {@code notFollowedBy=of,for} and {@code notPrecededBy=work,student},
 * separated by a space. Blank lines and lines starting with {@code #} are left out. The shipped
 * lexicon is {@code /language/lexicon.txt}.
 */
public final class Lexicon {

  public static final String SHIPPED = "/language/lexicon.txt";

  private Lexicon() {}

  public static List<Entry> shipped() {
    try (InputStream in = Lexicon.class.getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException("the shipped lexicon is missing");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<Entry> parse(String text) {
    List<Entry> entries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int lineNumber = 0;
    for (String line : text.split("\\R")) {
      lineNumber++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] f = trimmed.split("\\|", -1);
      if (f.length < 5) {
        throw new IllegalArgumentException("lexicon line " + lineNumber + ": five fields needed");
      }
      String id = f[0].strip();
      if (!ids.add(id)) {
        throw new IllegalArgumentException("lexicon line " + lineNumber + ": id used twice");
      }
      Set<String> notFollowedBy = Set.of();
      Set<String> notPrecededBy = Set.of();
      if (f.length > 5) {
        for (String option : f[5].strip().split("\\s+")) {
          if (option.startsWith("notFollowedBy=")) {
            notFollowedBy = words(option.substring("notFollowedBy=".length()));
          } else if (option.startsWith("notPrecededBy=")) {
            notPrecededBy = words(option.substring("notPrecededBy=".length()));
          } else if (!option.isEmpty()) {
            throw new IllegalArgumentException(
                "lexicon line " + lineNumber + ": unknown option " + option);
          }
        }
      }
      entries.add(
          new Entry(
              id,
              Category.valueOf(f[1].strip()),
              Arrays.stream(f[2].split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
              f[3].strip(),
              f[4].strip(),
              notFollowedBy,
              notPrecededBy));
    }
    return entries;
  }

  private static Set<String> words(String list) {
    Set<String> words = new HashSet<>();
    for (String w : list.split(",")) {
      if (!w.isBlank()) {
        words.add(w.strip().toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }
}
