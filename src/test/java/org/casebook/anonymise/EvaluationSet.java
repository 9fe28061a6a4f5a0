package org.casebook.anonymise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The labelled notes under {@code /anonymise/evaluation/}: each one's facts, its plain text and the
 * spans that must be replaced (see the README there).
 */
final class EvaluationSet {

  /** A span the engine must replace, in the plain text. */
  record Gold(int start, int end, Kind kind) {}

  record Note(String name, CaseFacts facts, String text, List<Gold> gold) {}

  private static final Pattern MARK = Pattern.compile("\\[\\[([A-Z_]+)\\|(.+?)]]", Pattern.DOTALL);

  private EvaluationSet() {}

  /** The notes of one folder under {@code /anonymise/}, e.g. "evaluation". */
  static List<Note> notes(String folder) {
    try {
      Path dir = Path.of(EvaluationSet.class.getResource("/anonymise/" + folder).toURI());
      try (Stream<Path> files = Files.list(dir)) {
        List<Note> notes = new ArrayList<>();
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          notes.add(parse(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
        }
        return notes;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Note parse(String name, String file) {
    Matcher line = Pattern.compile("\r?\n---\r?\n").matcher(file);
    if (!line.find()) {
      throw new IllegalArgumentException(name + ": no --- line after the header");
    }
    int split = line.start();
    CaseFacts.Builder facts = CaseFacts.builder(name);
    for (String header : file.substring(0, split).split("\r?\n")) {
      int colon = header.indexOf(':');
      if (header.isBlank() || header.startsWith("#") || colon < 0) {
        continue;
      }
      String key = header.substring(0, colon).strip();
      String value = header.substring(colon + 1).strip();
      String[] parts =
          Arrays.stream(value.split("\\|", -1)).map(String::strip).toArray(String[]::new);
      switch (key) {
        case "known" ->
            facts.person(
                new KnownPerson(
                    KnownPerson.Role.valueOf(parts[0]),
                    parts[1],
                    parts.length > 2 && !parts[2].isEmpty() ? parts[2] : null,
                    parts.length > 3 && !parts[3].isEmpty()
                        ? Arrays.stream(parts[3].split(";")).map(String::strip).toList()
                        : List.of()));
        case "dob" -> facts.dateOfBirth(LocalDate.parse(value));
        case "address" -> facts.address(parts[0], parts.length > 1 ? parts[1] : null);
        case "ward" -> facts.ward(value);
        case "today" -> facts.today(LocalDate.parse(value));
        default -> throw new IllegalArgumentException(name + ": unknown header " + key);
      }
    }
    String marked = file.substring(line.end());
    StringBuilder text = new StringBuilder();
    List<Gold> gold = new ArrayList<>();
    Matcher m = MARK.matcher(marked);
    int last = 0;
    while (m.find()) {
      text.append(marked, last, m.start());
      int start = text.length();
      text.append(m.group(2));
      gold.add(new Gold(start, text.length(), Kind.valueOf(m.group(1))));
      last = m.end();
    }
    text.append(marked.substring(last));
    return new Note(name, facts.build(), text.toString(), gold);
  }
}
