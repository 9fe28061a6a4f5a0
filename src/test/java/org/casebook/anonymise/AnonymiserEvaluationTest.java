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
 * Measures the engine on the labelled evaluation set: recall and precision per kind, for the notes
 * the engine was tuned on, for the held-out notes written afterwards, for both, and for the
 * challenge notes written to find its limits, written to {@code
 * target/anonymisation-evaluation.md}. Fails if, in the tuned and held-out notes, a known name or a
 * structured identifier survives, if fewer than 95% of the names not known in advance are caught,
 * or if anything not labelled (an ordinary word) is replaced. The challenge notes are measured and
 * reported, with no target.
 */
class AnonymiserEvaluationTest {

  private static final Anonymiser ANONYMISER = Anonymiser.shipped();
  private static final NameLists LISTS = NameLists.shipped();

  /** Counts for one kind. */
  private static final class Tally {
    int gold;
    int caught;
    int replaced;
    int right;

    double recall() {
      return gold == 0 ? 1 : (double) caught / gold;
    }
  }

  /** What one run over a set of notes found. */
  private static final class Evaluation {
    final Map<Kind, Tally> tallies = new EnumMap<>(Kind.class);
    final List<String> missed = new ArrayList<>();
    final Map<String, Integer> wronglyReplaced = new TreeMap<>();
    final List<String> survivors = new ArrayList<>();
    int notes;
    int characters;
    int flags;

    Evaluation() {
      for (Kind k : Kind.values()) {
        tallies.put(k, new Tally());
      }
    }
  }

  @Test
  void theEngineMeetsItsTargetsOnTheEvaluationSet() throws IOException {
    List<EvaluationSet.Note> tuning = EvaluationSet.notes("evaluation");
    List<EvaluationSet.Note> heldOut = EvaluationSet.notes("evaluation/held-out");
    List<EvaluationSet.Note> all = new ArrayList<>(tuning);
    all.addAll(heldOut);
    Evaluation whole = evaluate(all);
    Evaluation challenge = evaluate(EvaluationSet.notes("evaluation/challenge"));
    String report =
        "## Notes the engine was tuned on\n\n"
            + table(evaluate(tuning))
            + "\n## Held-out notes\n\n"
            + table(evaluate(heldOut))
            + "\n## All notes (the targets apply to these)\n\n"
            + table(whole)
            + "\n## Challenge notes (written to find the limits; no target)\n\n"
            + table(challenge)
            + "\nMissed in the challenge notes:\n"
            + String.join("\n", challenge.missed)
            + "\n\nReplaced but not labelled in the challenge notes:\n"
            + challenge.wronglyReplaced
            + "\n";
    Path file = Path.of("target", "anonymisation-evaluation.md");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        report
            + "\nMissed:\n"
            + String.join("\n", whole.missed)
            + "\n\nReplaced but not labelled:\n"
            + whole.wronglyReplaced
            + "\n",
        StandardCharsets.UTF_8);
    System.out.println(report);

    List<String> failures = new ArrayList<>();
    for (Map.Entry<Kind, Tally> e : whole.tallies.entrySet()) {
      double needed = e.getKey() == Kind.NAME ? 0.95 : 1.0;
      if (e.getValue().recall() < needed) {
        failures.add(
            String.format(
                Locale.ROOT, "%s recall %.1f%%", e.getKey(), 100 * e.getValue().recall()));
      }
    }
    if (!whole.wronglyReplaced.isEmpty()) {
      failures.add("ordinary words replaced (worst first): " + worstFirst(whole.wronglyReplaced));
    }
    if (!whole.survivors.isEmpty()) {
      failures.add("known names left in the output: " + whole.survivors);
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures) + "\nmissed: " + whole.missed);
  }

  private static Evaluation evaluate(List<EvaluationSet.Note> notes) {
    Evaluation ev = new Evaluation();
    for (EvaluationSet.Note note : notes) {
      String text = note.text();
      ev.notes++;
      ev.characters += text.length();
      Result result = ANONYMISER.open(note.facts()).anonymise(text);
      ev.flags += result.flags().size();
      boolean[] covered = new boolean[text.length()];
      for (Replacement r : result.replacements()) {
        for (int i = r.start(); i < r.end(); i++) {
          covered[i] = true;
        }
      }
      for (EvaluationSet.Gold g : note.gold()) {
        Tally t = ev.tallies.get(g.kind());
        t.gold++;
        boolean all = true;
        for (int i = g.start(); i < g.end(); i++) {
          all &= covered[i] || Character.isWhitespace(text.charAt(i));
        }
        if (all) {
          t.caught++;
        } else {
          ev.missed.add(
              note.name() + " " + g.kind() + " \"" + text.substring(g.start(), g.end()) + "\"");
        }
      }
      for (Replacement r : result.replacements()) {
        Tally t = ev.tallies.get(r.kind());
        t.replaced++;
        if (note.gold().stream().anyMatch(g -> g.start() < r.end() && r.start() < g.end())) {
          t.right++;
        } else {
          ev.wronglyReplaced.merge(text.substring(r.start(), r.end()), 1, Integer::sum);
        }
      }
      ev.survivors.addAll(knownNamesLeft(note, result.text()));
    }
    return ev;
  }

  /** Known names that are nothing but names, found whole in the output in any case. */
  private static List<String> knownNamesLeft(EvaluationSet.Note note, String output) {
    List<String> left = new ArrayList<>();
    for (KnownPerson p : note.facts().people()) {
      for (String name : p.names()) {
        for (String word : name.split("[\\s\\-]+")) {
          String f = NameLists.fold(word);
          if (f.length() < 3 || LISTS.ordinary(f) != null || LISTS.englishWord(f)) {
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

  private static String table(Evaluation ev) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%d notes, %,d characters, %d flags raised.%n%n",
            ev.notes,
            ev.characters,
            ev.flags));
    b.append("| kind | labelled | caught | recall | replaced | right | precision |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|\n");
    Tally sum = new Tally();
    for (Map.Entry<Kind, Tally> e : ev.tallies.entrySet()) {
      Tally t = e.getValue();
      sum.gold += t.gold;
      sum.caught += t.caught;
      sum.replaced += t.replaced;
      sum.right += t.right;
      b.append(row(e.getKey().name(), t));
    }
    b.append(row("**all**", sum));
    return b.toString();
  }

  private static String row(String kind, Tally t) {
    return String.format(
        Locale.ROOT,
        "| %s | %d | %d | %s | %d | %d | %s |%n",
        kind,
        t.gold,
        t.caught,
        t.gold == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * t.caught / t.gold),
        t.replaced,
        t.right,
        t.replaced == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * t.right / t.replaced));
  }
}
