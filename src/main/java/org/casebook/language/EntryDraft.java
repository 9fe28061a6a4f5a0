package org.casebook.language;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.Texts;

/**
 * A lexicon entry as an administrator typed it, before it is kept: phrases one a line (or with
 * {@code ;} between), context words with commas between. {@link #problems} says what must be put
 * right, field by field, so that the entry reads back from a lexicon line as typed and can find
 * each of its phrases.
 *
 * @param id the entry's name (lower-case words with hyphens); blank to make one from the first
 *     phrase
 */
public record EntryDraft(
    String id,
    Category category,
    String phrases,
    String suggestion,
    String explanation,
    String replace,
    String notFollowedBy,
    String notPrecededBy) {

  public static final int ID_MAX = 60;
  public static final int PHRASE_MAX = 100;
  public static final int PHRASES_MAX = 2000;
  public static final int PHRASE_COUNT_MAX = 30;
  public static final int SUGGESTION_MAX = 300;
  public static final int EXPLANATION_MAX = 500;
  public static final int REPLACE_MAX = 100;
  public static final int CONTEXT_MAX = 300;

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final String WORD = "[\\p{L}\\p{N}\\p{M}]+(?:['\u2019-][\\p{L}\\p{N}\\p{M}]+)*";
  private static final Pattern PHRASE_WORD = Pattern.compile(WORD + "\\*?");
  private static final Pattern CONTEXT_WORD = Pattern.compile(WORD);

  /** The phrases, one each, as they will be kept. */
  public List<String> phraseList() {
    return Lexicon.phrases(phrases).stream().map(p -> p.replaceAll("\\s+", " ")).toList();
  }

  /**
   * What must be put right before the entry can be kept, field by field.
   *
   * @param takenIds the names of every other entry, shipped and the council's
   * @param others the other entries in use, whose phrases this one must not repeat
   */
  public Map<String, FieldProblem> problems(Set<String> takenIds, List<Entry> others) {
    Map<String, FieldProblem> problems = new LinkedHashMap<>();
    String i = Texts.oneLine(id);
    if (i != null) {
      if (i.length() > ID_MAX) {
        problems.put("id", new FieldProblem("field.tooLong", ID_MAX));
      } else if (!ID.matcher(i).matches()) {
        problems.put("id", new FieldProblem("lexicon.id.invalid"));
      } else if (takenIds.contains(i)) {
        problems.put("id", new FieldProblem("lexicon.id.taken"));
      }
    }
    if (category == null) {
      problems.put("category", new FieldProblem("lexicon.category.required"));
    }
    phraseProblem(others).ifPresent(p -> problems.put("phrases", p));
    text(problems, "suggestion", suggestion, SUGGESTION_MAX, "lexicon.suggestion.required");
    text(problems, "explanation", explanation, EXPLANATION_MAX, "lexicon.explanation.required");
    context(problems, "notFollowedBy", notFollowedBy);
    context(problems, "notPrecededBy", notPrecededBy);
    if (!problems.containsKey("phrases")) {
      replaceProblem(others).ifPresent(p -> problems.put("replace", p));
    }
    return problems;
  }

  private Optional<FieldProblem> phraseProblem(List<Entry> others) {
    List<String> list = phraseList();
    if (list.isEmpty()) {
      return Optional.of(new FieldProblem("lexicon.phrases.required"));
    }
    if (list.size() > PHRASE_COUNT_MAX) {
      return Optional.of(new FieldProblem("lexicon.phrases.tooMany", PHRASE_COUNT_MAX));
    }
    if (String.join("; ", list).length() > PHRASES_MAX) {
      return Optional.of(new FieldProblem("field.tooLong", PHRASES_MAX));
    }
    LanguageChecker othersChecker = new LanguageChecker(others);
    Set<String> seen = new HashSet<>();
    for (int n = 0; n < list.size(); n++) {
      String phrase = list.get(n);
      Integer line = n + 1;
      if (phrase.length() > PHRASE_MAX) {
        return Optional.of(new FieldProblem("lexicon.phrase.tooLong", line));
      }
      for (String word : phrase.split(" ")) {
        if (!PHRASE_WORD.matcher(word).matches()) {
          return Optional.of(new FieldProblem("lexicon.phrase.invalid", line));
        }
      }
      String plain = phrase.replace("*", "");
      if (!catchesWhole(new LanguageChecker(List.of(probe(List.of(phrase)))), plain)) {
        return Optional.of(new FieldProblem("lexicon.phrase.never", line));
      }
      if (!seen.add(phrase.toLowerCase(Locale.ROOT))) {
        return Optional.of(new FieldProblem("lexicon.phrase.repeated", line));
      }
      if (catchesWhole(othersChecker, plain)) {
        return Optional.of(new FieldProblem("lexicon.phrase.caught", line));
      }
    }
    return Optional.empty();
  }

  private Optional<FieldProblem> replaceProblem(List<Entry> others) {
    String r = Texts.oneLine(replace);
    if (r == null) {
      return Optional.empty();
    }
    if (r.length() > REPLACE_MAX) {
      return Optional.of(new FieldProblem("field.tooLong", REPLACE_MAX));
    }
    for (String word : r.split(" ")) {
      String w = word.endsWith("*") ? word.substring(0, word.length() - 1) : word;
      if (w.isEmpty() || w.contains("|") || w.contains("=") || w.contains("*")) {
        return Optional.of(new FieldProblem("lexicon.replace.invalid"));
      }
    }
    if (r.contains("*") && phraseList().stream().noneMatch(p -> p.contains("*"))) {
      return Optional.of(new FieldProblem("lexicon.replace.noStar"));
    }
    List<Entry> all = new ArrayList<>(others);
    all.add(probe(phraseList()));
    if (!new LanguageChecker(all).check(r.replace("*", "")).isEmpty()) {
      return Optional.of(new FieldProblem("lexicon.replace.flagged"));
    }
    return Optional.empty();
  }

  /**
   * The draft as an entry to try on a sample sentence before it is kept, when its phrases are words
   * the checker can look for (whatever else is still to put right).
   */
  public Optional<Entry> trial() {
    List<String> list = phraseList();
    boolean words =
        !list.isEmpty()
            && list.stream()
                .flatMap(p -> java.util.Arrays.stream(p.split(" ")))
                .allMatch(w -> PHRASE_WORD.matcher(w).matches());
    if (!words) {
      return Optional.empty();
    }
    String r = Texts.oneLine(replace);
    boolean replaceable = r != null && r.length() <= REPLACE_MAX && !r.matches(".*[|=].*");
    return Optional.of(
        new Entry(
            "draft",
            category == null ? Category.JARGON : category,
            list,
            Objects.requireNonNullElse(Texts.oneLine(suggestion), ""),
            Objects.requireNonNullElse(Texts.oneLine(explanation), ""),
            Lexicon.words(notFollowedBy),
            Lexicon.words(notPrecededBy),
            replaceable ? r : null));
  }

  /** This draft's phrases and context words, with nothing else filled in, to test them. */
  private Entry probe(List<String> phrases) {
    return new Entry(
        "draft",
        Category.JARGON,
        phrases,
        "",
        "",
        Lexicon.words(notFollowedBy),
        Lexicon.words(notPrecededBy),
        null);
  }

  /** Whether the checker finds the whole of the text as one phrase. */
  private static boolean catchesWhole(LanguageChecker checker, String text) {
    List<Finding> found = checker.check(text);
    return found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == text.length();
  }

  private static void text(
      Map<String, FieldProblem> problems, String field, String typed, int max, String required) {
    String t = Texts.oneLine(typed);
    if (t == null) {
      problems.put(field, new FieldProblem(required));
    } else if (t.length() > max) {
      problems.put(field, new FieldProblem("field.tooLong", max));
    } else if (t.contains("|")) {
      problems.put(field, new FieldProblem("lexicon.bar"));
    }
  }

  private static void context(Map<String, FieldProblem> problems, String field, String typed) {
    String t = Texts.oneLine(typed);
    if (t == null) {
      return;
    }
    if (t.length() > CONTEXT_MAX) {
      problems.put(field, new FieldProblem("field.tooLong", CONTEXT_MAX));
      return;
    }
    for (String w : t.split("[,\\s]+")) {
      if (!w.isEmpty() && !CONTEXT_WORD.matcher(w).matches()) {
        problems.put(field, new FieldProblem("lexicon.context.invalid"));
        return;
      }
    }
  }

  /** The entry as it will be kept, under the given name. Only for a draft with no problems. */
  public Entry toEntry(String entryId) {
    return new Entry(
        entryId,
        category,
        phraseList(),
        Texts.oneLine(suggestion),
        Texts.oneLine(explanation),
        Lexicon.words(notFollowedBy),
        Lexicon.words(notPrecededBy),
        Texts.oneLine(replace));
  }

  /**
   * The name typed, or one made from the first phrase ("Heavy end user*" → heavy-end-user) that no
   * other entry has.
   */
  public String idOr(Set<String> taken) {
    String typed = Texts.oneLine(id);
    if (typed != null) {
      return typed;
    }
    List<String> list = phraseList();
    String base =
        Normalizer.normalize(list.isEmpty() ? "" : list.get(0), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (base.isEmpty()) {
      base = "entry";
    }
    if (base.length() > ID_MAX - 4) {
      base = base.substring(0, ID_MAX - 4).replaceAll("-+$", "");
    }
    String candidate = base;
    for (int n = 2; taken.contains(candidate); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }
}
