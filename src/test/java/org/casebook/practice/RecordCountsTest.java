package org.casebook.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.casebook.conversation.ConversationNotes;
import org.casebook.conversation.Goal;
import org.casebook.conversation.NetworkMember;
import org.casebook.conversation.Strength;
import org.casebook.conversation.StrengthCategory;
import org.casebook.language.LanguageChecker;
import org.casebook.language.Lexicon;
import org.junit.jupiter.api.Test;

class RecordCountsTest {

  private static final LanguageChecker CHECKER = new LanguageChecker(Lexicon.shipped());

  @Test
  void goalsInThePersonsWords() {
    assertTrue(RecordCounts.inTheirWords("I want to get back to the allotment"));
    assertTrue(RecordCounts.inTheirWords("Go to the match with my brother"));
    assertTrue(RecordCounts.inTheirWords("I’d like to cook for the street at Eid"));
    assertTrue(RecordCounts.inTheirWords("\"Be useful again\""));
    assertFalse(RecordCounts.inTheirWords("Mrs Ellis to attend the lunch club weekly"));
    assertFalse(RecordCounts.inTheirWords("Reduce isolation"));
    assertFalse(RecordCounts.inTheirWords("  "));
    assertFalse(RecordCounts.inTheirWords(null));
  }

  @Test
  void countsWhatTheRecordShows() {
    ConversationNotes n = new ConversationNotes();
    n.setWhatMatters("My garden is my pride.");
    n.setWhatMattersTheirWords(true);
    n.setWorking("She suffers from arthritis but walks to the shop.");
    n.setStrengths(
        List.of(
            new Strength(StrengthCategory.values()[0], "Knows everyone on the street"),
            new Strength(StrengthCategory.values()[0], "Cooks for others")));
    n.setNetwork(List.of(new NetworkMember("Amina", "daughter", null, 1)));
    n.setGoals(List.of(new Goal("I want to cook at Eid again"), new Goal("Reduce isolation")));
    RecordCounts c = RecordCounts.of(CHECKER, n, 3);
    // 5 (theirs) + 9 + 5 + 3 + 7 (goal, theirs) + 2
    assertEquals(31, c.words());
    assertEquals(1, c.findings());
    assertEquals(12, c.ownWords());
    assertEquals(2, c.strengths());
    assertEquals(1, c.network());
    assertEquals(3, c.assets());
    assertEquals(2, c.goals());
    assertEquals(1, c.ownWordGoals());
  }
}
