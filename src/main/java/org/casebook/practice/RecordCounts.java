package org.casebook.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.conversation.ConversationNotes;
import org.casebook.conversation.Goal;
import org.casebook.language.LanguageChecker;
import org.casebook.language.RecordFigures;
import org.casebook.platform.Texts;

/**
 * What one signed conversation shows of practice, counted for the culture dashboard: words written
 * and language findings among them, the person's own words, strengths, network members, community
 * connections made from it, goals and goals written in the person's words.
 *
 * @param words every word written in the record's free text
 * @param findings language findings in the worker's words (never in the person's)
 * @param ownWords words that are the person's own
 * @param strengths strengths recorded
 * @param network people in the person's network
 * @param assets community connections made from the conversation
 * @param goals goals
 * @param ownWordGoals goals written as the person said them
 */
public record RecordCounts(
    int words,
    int findings,
    int ownWords,
    int strengths,
    int network,
    int assets,
    int goals,
    int ownWordGoals) {

  private static final Set<String> FIRST_PERSON =
      Set.of("i", "i'd", "i'm", "i'll", "i've", "me", "my", "mine", "myself", "we", "our", "us");

  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

  public static RecordCounts of(LanguageChecker checker, ConversationNotes notes, int assets) {
    List<RecordFigures.Field> fields = new ArrayList<>();
    for (RecordText.Field f : RecordText.of(notes)) {
      fields.add(new RecordFigures.Field(f.text(), f.theirWords()));
    }
    int ownWordGoals = 0;
    for (Goal g : notes.getGoals()) {
      if (inTheirWords(g.getWords())) {
        ownWordGoals++;
      }
    }
    RecordFigures language = RecordFigures.of(checker, fields, notes.getStrengths().size());
    return new RecordCounts(
        language.words(),
        language.findings(),
        language.ownWords(),
        notes.getStrengths().size(),
        notes.getNetwork().size(),
        assets,
        notes.getGoals().size(),
        ownWordGoals);
  }

  /**
   * Whether a goal reads as the person said it: in the first person ("I want to get back to the
   * allotment") or in quotation marks. "Mrs Ellis to attend the lunch club" does not.
   */
  public static boolean inTheirWords(String goal) {
    if (Texts.isBlank(goal)) {
      return false;
    }
    String t = goal.strip();
    char first = t.charAt(0);
    if (first == '"' || first == '“' || first == '\'' || first == '‘') {
      return true;
    }
    Matcher m = WORD.matcher(t.replace('’', '\''));
    while (m.find()) {
      if (FIRST_PERSON.contains(m.group().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  public int getWords() {
    return words;
  }

  public int getFindings() {
    return findings;
  }

  public int getOwnWords() {
    return ownWords;
  }

  public int getStrengths() {
    return strengths;
  }

  public int getNetwork() {
    return network;
  }

  public int getAssets() {
    return assets;
  }

  public int getGoals() {
    return goals;
  }

  public int getOwnWordGoals() {
    return ownWordGoals;
  }
}
