package org.casebook.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lexicon as data: one entry a line, fields separated by {@code |}:
 *
 * <pre>id | CATEGORY | phrase; phrase … | suggestion | explanation | options</pre>
 *
 * <p>Options (may be empty), each {@code name=value}, separated by a space: {@code
 * notFollowedBy=of,for} and {@code notPrecededBy=work,student} (words, commas between), and {@code
 * replace=lives with} (words that can stand in place of the phrase; the value runs to the next
 * option or the end of the line). Blank lines and lines starting with {@code #} are left out. The
 * shipped lexicon is {@code /language/lexicon.txt}; a council's own entries are merged with it (see
 * {@link #merge}).
 */
public final class Lexicon {

  public static final String SHIPPED = "/language/lexicon.txt";

  private static final Pattern OPTION = Pattern.compile("(?:^|\\s)([A-Za-z]+)=");

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
      String replace = null;
      String options = f.length > 5 ? f[5].strip() : "";
      Matcher m = OPTION.matcher(options);
      int at = 0;
      while (at < options.length()) {
        if (!m.find(at) || !options.substring(at, m.start()).isBlank()) {
          throw new IllegalArgumentException(
              "lexicon line " + lineNumber + ": options must be name=value");
        }
        String name = m.group(1);
        int valueStart = m.end();
        int valueEnd = m.find(valueStart) ? m.start() : options.length();
        String value = options.substring(valueStart, valueEnd).strip();
        switch (name) {
          case "notFollowedBy" -> notFollowedBy = words(value);
          case "notPrecededBy" -> notPrecededBy = words(value);
          case "replace" -> replace = value;
          default ->
              throw new IllegalArgumentException(
                  "lexicon line " + lineNumber + ": unknown option " + name);
        }
        at = valueEnd;
      }
      entries.add(
          new Entry(
              id,
              Category.valueOf(f[1].strip()),
              phrases(f[2]),
              f[3].strip(),
              f[4].strip(),
              notFollowedBy,
              notPrecededBy,
              replace));
    }
    return entries;
  }

  /**
   * Phrases as written in a lexicon line or typed one a line: {@code ;} or a line break between.
   */
  public static List<String> phrases(String typed) {
    return Arrays.stream(typed == null ? new String[0] : typed.split("[;\\n\\r]+"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** Context words as written: commas or spaces between, any case. */
  public static Set<String> words(String list) {
    Set<String> words = new HashSet<>();
    if (list != null) {
      for (String w : list.split("[,\\s]+")) {
        if (!w.isBlank()) {
          words.add(w.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    return words;
  }

  /** An entry as one line of a lexicon file, which {@link #parse} reads back as the same entry. */
  public static String line(Entry e) {
    StringBuilder options = new StringBuilder();
    option(options, "notFollowedBy", e.notFollowedBy());
    option(options, "notPrecededBy", e.notPrecededBy());
    if (e.replace() != null) {
      options.append(options.length() > 0 ? " " : "").append("replace=").append(e.replace());
    }
    return String.join(
        " | ",
        e.id(),
        e.category().name(),
        String.join("; ", e.phrases()),
        e.suggestion(),
        e.explanation(),
        options.toString());
  }

  private static void option(StringBuilder options, String name, Collection<String> words) {
    if (!words.isEmpty()) {
      options
          .append(options.length() > 0 ? " " : "")
          .append(name)
          .append('=')
          .append(String.join(",", new TreeSet<>(words)));
    }
  }

  /**
   * The lexicon a council checks with: its own entries first (so where one of them and a shipped
   * entry catch the same words, the council's suggestion is the one shown), then the shipped
   * entries it has not switched off.
   */
  public static List<Entry> merge(
      List<Entry> shipped, Set<String> switchedOff, List<Entry> councilEntries) {
    List<Entry> merged = new ArrayList<>(councilEntries);
    for (Entry e : shipped) {
      if (!switchedOff.contains(e.id())) {
        merged.add(e);
      }
    }
    return merged;
  }
}
