package org.casebook.anonymise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Measures the engine on the labelled evaluation set: recall and precision per kind, written to
 * {@code target/anonymisation-evaluation.md}. Fails if a known name or a structured identifier
 * survives, if fewer than 95% of the names not known in advance are caught, or if anything not
 * labelled (an ordinary word) is replaced.
 */
class AnonymiserEvaluationTest {

  private static final Anonymiser ANONYMISER = Anonymiser.shipped();

  /** Counts for one kind. */
  private static final class Tally {
    int gold;
    int caught;
    int replaced;
    int right;
  }

  @Test
  void theEngineMeetsItsTargetsOnTheEvaluationSet() throws IOException {
    List<EvaluationSet.Note> notes = EvaluationSet.notes();
    Map<Kind, Tally> tallies = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      tallies.put(k, new Tally());
    }
    List<String> missed = new ArrayList<>();
    Map<String, Integer> wronglyReplaced = new TreeMap<>();
    List<String> survivors = new ArrayList<>();
    int characters = 0;
    int flags = 0;
    for (EvaluationSet.Note note : notes) {
      String text = note.text();
      characters += text.length();
      Result result = ANONYMISER.open(note.facts()).anonymise(text);
      flags += result.flags().size();
      boolean[] covered = new boolean[text.length()];
      for (Replacement r : result.replacements()) {
        for (int i = r.start(); i < r.end(); i++) {
          covered[i] = true;
        }
      }
      for (EvaluationSet.Gold g : note.gold()) {
        Tally t = tallies.get(g.kind());
        t.gold++;
        boolean all = true;
        for (int i = g.start(); i < g.end(); i++) {
          all &= covered[i] || Character.isWhitespace(text.charAt(i));
        }
        if (all) {
          t.caught++;
        } else {
          missed.add(
              note.name() + " " + g.kind() + " \"" + text.substring(g.start(), g.end()) + "\"");
        }
      }
      for (Replacement r : result.replacements()) {
        Tally t = tallies.get(r.kind());
        t.replaced++;
        boolean hit =
            note.gold().stream().anyMatch(g -> g.start() < r.end() && r.start() < g.end());
        if (hit) {
          t.right++;
        } else {
          wronglyReplaced.merge(text.substring(r.start(), r.end()), 1, Integer::sum);
        }
      }
      survivors.addAll(knownNamesLeft(note, result.text()));
    }
    String table = table(tallies, notes.size(), characters, flags);
    Path report = Path.of("target", "anonymisation-evaluation.md");
    Files.createDirectories(report.getParent());
    Files.writeString(
        report,
        table
            + "\nMissed:\n"
            + String.join("\n", missed)
            + "\n\nReplaced but not labelled:\n"
            + wronglyReplaced,
        StandardCharsets.UTF_8);
    System.out.println(table);

    List<String> failures = new ArrayList<>();
    for (Map.Entry<Kind, Tally> e : tallies.entrySet()) {
      Tally t = e.getValue();
      double recall = t.gold == 0 ? 1 : (double) t.caught / t.gold;
      double needed = e.getKey() == Kind.NAME ? 0.95 : 1.0;
      if (recall < needed) {
        failures.add(String.format(Locale.ROOT, "%s recall %.1f%%", e.getKey(), 100 * recall));
      }
    }
    if (!wronglyReplaced.isEmpty()) {
      failures.add("ordinary words replaced (worst first): " + worstFirst(wronglyReplaced));
    }
    if (!survivors.isEmpty()) {
      failures.add("known names left in the output: " + survivors);
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures) + "\nmissed: " + missed);
  }

  /** Known names that are nothing but names, found whole in the output in any case. */
  private static List<String> knownNamesLeft(EvaluationSet.Note note, String output) {
    NameLists lists = NameLists.shipped();
    List<String> left = new ArrayList<>();
    for (KnownPerson p : note.facts().people()) {
      for (String name : p.names()) {
        for (String word : name.split("[\\s\\-]+")) {
          String f = NameLists.fold(word);
          if (f.length() < 3 || lists.ordinary(f) != null || lists.englishWord(f)) {
            continue;
          }
          if (Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])")
              .matcher(output)
              .find()) {
            left.add(note.name() + " " + word);
          }
        }
      }
    }
    return left;
  }

  private static String worstFirst(Map<String, Integer> counts) {
    Map<String, Integer> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted.toString();
  }

  private static String table(Map<Kind, Tally> tallies, int notes, int characters, int flags) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "Evaluation set: %d notes, %,d characters, %d flags raised.%n%n",
            notes,
            characters,
            flags));
    b.append("| kind | labelled | caught | recall | replaced | right | precision |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|\n");
    int gold = 0;
    int caught = 0;
    int replaced = 0;
    int right = 0;
    for (Map.Entry<Kind, Tally> e : tallies.entrySet()) {
      Tally t = e.getValue();
      gold += t.gold;
      caught += t.caught;
      replaced += t.replaced;
      right += t.right;
      b.append(row(e.getKey().name(), t.gold, t.caught, t.replaced, t.right));
    }
    b.append(row("**all**", gold, caught, replaced, right));
    return b.toString();
  }

  private static String row(String kind, int gold, int caught, int replaced, int right) {
    return String.format(
        Locale.ROOT,
        "| %s | %d | %d | %s | %d | %d | %s |%n",
        kind,
        gold,
        caught,
        gold == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * caught / gold),
        replaced,
        right,
        replaced == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * right / replaced));
  }
}
