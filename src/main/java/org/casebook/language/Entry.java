package org.casebook.language;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One lexicon entry: the phrases to catch, why, and what to write instead.
 *
 * <p>Phrases are written in plain words. A word ending in {@code *} also matches its inflections
 * ("refuse*" matches refuse, refuses, refused, refusing; "user*" matches users). A hyphenated word
 * also matches with a space or nothing in place of the hyphen ("wheelchair-bound", "wheelchair
 * bound", "wheelchairbound"). Words may be split across lines.
 *
 * @param notFollowedBy words that, straight after the phrase, mean it is used another way
 *     ("placement of the furniture")
 * @param notPrecededBy words that, straight before the phrase, mean it is used another way ("work
 *     placement")
 * @param replace words that can stand in place of the phrase as they are ("lives with"), or null
 *     where the suggestion is advice for the writer rather than words to put in. A word ending in
 *     {@code *} takes the ending (-s, -ed, -ing) of the phrase's word ending in {@code *} as found:
 *     "live* with" replaces "suffered from" with "lived with".
 */
public record Entry(
    String id,
    Category category,
    List<String> phrases,
    String suggestion,
    String explanation,
    Set<String> notFollowedBy,
    Set<String> notPrecededBy,
    String replace)
    implements java.io.Serializable {

  public Entry {
    Objects.requireNonNull(id);
    Objects.requireNonNull(category);
    if (phrases == null || phrases.isEmpty()) {
      throw new IllegalArgumentException("an entry needs at least one phrase: " + id);
    }
    phrases = List.copyOf(phrases);
    notFollowedBy = notFollowedBy == null ? Set.of() : Set.copyOf(notFollowedBy);
    notPrecededBy = notPrecededBy == null ? Set.of() : Set.copyOf(notPrecededBy);
    replace = replace == null || replace.isBlank() ? null : replace.strip();
  }

  /** Whether a click can put the replacement in place of the words found. */
  public boolean replaces() {
    return replace != null;
  }
}
