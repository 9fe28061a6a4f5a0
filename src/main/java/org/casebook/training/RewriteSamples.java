package org.casebook.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The deficit-laden notes that come with Casebook for rewriting exercises ({@code
 * training/rewrite-samples.txt}): made-up people, each note under a line "## key | title".
 */
public final class RewriteSamples {

  /** One sample: its key, its title and its words. */
  public record Sample(String key, String title, String text) {
    public String getKey() {
      return key;
    }

    public String getTitle() {
      return title;
    }

    public String getText() {
      return text;
    }
  }

  private static final List<Sample> SHIPPED = read("/training/rewrite-samples.txt");

  private RewriteSamples() {}

  public static List<Sample> all() {
    return SHIPPED;
  }

  public static Optional<Sample> find(String key) {
    return SHIPPED.stream().filter(s -> s.key().equals(key)).findFirst();
  }

  static List<Sample> parse(String file) {
    List<Sample> samples = new ArrayList<>();
    String key = null;
    String title = null;
    StringBuilder text = new StringBuilder();
    for (String line : file.split("\n", -1)) {
      if (line.startsWith("## ")) {
        add(samples, key, title, text);
        String[] parts = line.substring(3).split("\\|", 2);
        key = parts[0].strip();
        title = parts.length > 1 ? parts[1].strip() : key;
        text.setLength(0);
      } else if (key != null && !line.startsWith("#")) {
        text.append(line).append('\n');
      }
    }
    add(samples, key, title, text);
    return List.copyOf(samples);
  }

  private static void add(List<Sample> samples, String key, String title, StringBuilder text) {
    if (key != null) {
      samples.add(
          new Sample(key, title, text.toString().strip().replaceAll("(?<!\\n)\\n(?!\\n)", " ")));
    }
  }

  private static List<Sample> read(String resource) {
    try (InputStream in = RewriteSamples.class.getResourceAsStream(resource)) {
      if (in == null) {
        return List.of();
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
