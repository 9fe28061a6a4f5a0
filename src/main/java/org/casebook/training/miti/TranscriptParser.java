package org.casebook.training.miti;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads pasted transcripts for {@link Transcript#parse(String)}. */
final class TranscriptParser {

  /**
   * One to three words and a colon at the start of a line; the rest of the line is the turn. A
   * colon before a digit or a slash is a time or an address ("Monday 10:30", "https://"), not a
   * label's.
   */
  private static final Pattern LABELLED =
      Pattern.compile(
          "([\\p{L}\\p{N}][\\p{L}\\p{N}.'’-]*(?: [\\p{L}\\p{N}][\\p{L}\\p{N}.'’-]*){0,2})\\s*:(?![\\d/])(.*)");

  private static final int MAX_LABEL = 30;

  /** Labels (normalised) that name the practitioner in transcripts people paste. */
  private static final Set<String> PRACTITIONER_WORDS =
      Set.of(
          "worker",
          "social worker",
          "student social worker",
          "sw",
          "practitioner",
          "interviewer",
          "clinician",
          "counsellor",
          "counselor",
          "therapist",
          "occupational therapist",
          "ot",
          "nurse",
          "assessor",
          "coach",
          "trainee",
          "student",
          "i",
          "t",
          "w");

  /** Labels (normalised) that name the person. */
  private static final Set<String> PERSON_WORDS =
      Set.of(
          "person",
          "client",
          "p",
          "patient",
          "pt",
          "service user",
          "participant",
          "respondent",
          "r",
          "resident");

  private TranscriptParser() {}

  /** A turn as written, before the speakers are known. */
  private static final class Turn {
    final String key;
    final String label;
    final int line;
    final StringBuilder text = new StringBuilder();

    Turn(String key, String label, int line) {
      this.key = key;
      this.label = label;
      this.line = line;
    }

    void add(String words) {
      if (words.isEmpty()) {
        return;
      }
      if (!text.isEmpty()) {
        text.append('\n');
      }
      text.append(words);
    }
  }

  static TranscriptParse parse(String text) {
    if (text == null || text.isBlank()) {
      return failed(new TranscriptProblem(0, TranscriptProblem.EMPTY));
    }
    if (text.length() > Transcript.MAX_CHARACTERS) {
      return failed(
          new TranscriptProblem(0, TranscriptProblem.TOO_LONG, limit(Transcript.MAX_CHARACTERS)));
    }
    List<TranscriptProblem> problems = new ArrayList<>();
    List<Turn> turns = turns(text, problems);
    if (turns.size() > Transcript.MAX_UTTERANCES) {
      problems.add(
          new TranscriptProblem(
              turns.get(Transcript.MAX_UTTERANCES).line,
              TranscriptProblem.TOO_MANY_TURNS,
              limit(Transcript.MAX_UTTERANCES)));
      return new TranscriptParse(null, problems);
    }

    // Speakers in the order they first say something.
    Map<String, Turn> speakers = new LinkedHashMap<>();
    for (Turn turn : turns) {
      if (!speakers.containsKey(turn.key)) {
        if (speakers.size() >= 2) {
          problems.add(
              new TranscriptProblem(turn.line, TranscriptProblem.THIRD_SPEAKER, turn.label));
        }
        speakers.put(turn.key, turn);
      }
    }
    String practitioner = practitioner(List.copyOf(speakers.keySet()));
    if (practitioner == null && problems.isEmpty()) {
      problems.add(new TranscriptProblem(0, TranscriptProblem.NO_PRACTITIONER));
    }
    if (!problems.isEmpty()) {
      return new TranscriptParse(null, problems);
    }

    List<Utterance> utterances = new ArrayList<>();
    String personLabel = "Person";
    for (Turn turn : turns) {
      boolean isPractitioner = turn.key.equals(practitioner);
      if (!isPractitioner) {
        personLabel = speakers.get(turn.key).label;
      }
      utterances.add(
          new Utterance(
              utterances.size() + 1,
              isPractitioner ? Speaker.PRACTITIONER : Speaker.PERSON,
              turn.text.toString()));
    }
    return new TranscriptParse(
        new Transcript(utterances, speakers.get(practitioner).label, personLabel), problems);
  }

  /** "100,000": the argument is text, so the grouping is done here. */
  private static String limit(int n) {
    return String.format(Locale.UK, "%,d", n);
  }

  private static TranscriptParse failed(TranscriptProblem problem) {
    return new TranscriptParse(null, List.of(problem));
  }

  /**
   * The turns with something said, consecutive turns of one speaker joined; a turn with nothing
   * said is dropped, so it neither names a speaker nor splits the turns around it.
   */
  private static List<Turn> turns(String text, List<TranscriptProblem> problems) {
    List<Turn> written = new ArrayList<>();
    Turn current = null;
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher m = LABELLED.matcher(line);
      if (m.matches() && isLabel(m.group(1))) {
        String label = m.group(1).strip();
        current = new Turn(key(label), label, i + 1);
        current.add(m.group(2).strip());
        written.add(current);
      } else if (current == null) {
        if (problems.isEmpty()) {
          problems.add(new TranscriptProblem(i + 1, TranscriptProblem.NO_SPEAKER));
        }
      } else {
        current.add(line);
      }
    }
    List<Turn> turns = new ArrayList<>();
    for (Turn turn : written) {
      if (turn.text.isEmpty()) {
        continue;
      }
      Turn last = turns.isEmpty() ? null : turns.get(turns.size() - 1);
      if (last != null && last.key.equals(turn.key)) {
        last.add(turn.text.toString());
      } else {
        turns.add(turn);
      }
    }
    return turns;
  }

  /**
   * Whether the words before a colon are a speaker's label: short, and each word starting with a
   * capital letter or a digit ("Mrs Patel", "Speaker 2"), unless they are a label we know in any
   * case ("social worker").
   */
  private static boolean isLabel(String words) {
    if (words.length() > MAX_LABEL || !Character.isUpperCase(words.codePointAt(0))) {
      return false;
    }
    String key = key(words);
    if (PRACTITIONER_WORDS.contains(key) || PERSON_WORDS.contains(key)) {
      return true;
    }
    for (String word : words.strip().split(" ")) {
      int first = word.codePointAt(0);
      if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
        return false;
      }
    }
    return true;
  }

  /** The label for comparing: lower case, without full stops ("S.W." is "sw"). */
  private static String key(String label) {
    return label.strip().replace(".", "").toLowerCase(Locale.ROOT);
  }

  /**
   * Which of the labels is the practitioner's; null when there are none or every label names the
   * person.
   */
  private static String practitioner(List<String> keys) {
    for (String key : keys) {
      if (PRACTITIONER_WORDS.contains(key)) {
        return key;
      }
    }
    for (String key : keys) {
      if (!PERSON_WORDS.contains(key)) {
        return key;
      }
    }
    return null;
  }
}
