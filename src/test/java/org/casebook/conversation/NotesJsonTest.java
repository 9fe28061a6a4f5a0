package org.casebook.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.casebook.platform.RuleViolation;
import org.junit.jupiter.api.Test;

class NotesJsonTest {

  @Test
  void everySectionSurvivesTheRoundTrip() {
    ConversationNotes notes = ConversationTest.complete();
    notes.setWhatMattersTheirWords(false);
    notes.getGoals().get(0).setAttainment(1);
    ConversationNotes back = NotesJson.read(NotesJson.write(notes));
    assertEquals(NotesJson.write(notes), NotesJson.write(back));
    assertEquals("My garden.\n\nSeeing Sue on Sundays.", back.getWhatMatters());
    assertFalse(back.isWhatMattersTheirWords());
    assertTrue(back.isGoodLifeTheirWords());
    assertEquals(StrengthCategory.SKILLS_AND_KNOWLEDGE, back.getStrengths().get(0).getCategory());
    assertEquals(5, back.getNetwork().get(0).getCloseness());
    assertEquals(ChangeTalkType.DESIRE, back.getChangeTalk().get(0).getType());
    assertEquals("Out every week", back.getGoals().get(0).getExpected());
    assertEquals(1, back.getGoals().get(0).getAttainment());
    assertEquals(back.getNetwork().get(0).getKey(), back.getGoals().get(0).getNetworkKeys().get(0));
    assertEquals(ActionOwner.NETWORK_MEMBER, back.getActions().get(0).getOwner());
  }

  @Test
  void derivedValuesAreNotStored() {
    String json = NotesJson.write(ConversationTest.complete());
    assertFalse(json.contains("\"label\""), json);
    assertFalse(json.contains("scaleComplete"), json);
  }

  @Test
  void emptyStorageReadsAsEmptyNotesAndNonsenseIsRefusedPlainly() {
    assertTrue(NotesJson.read(null).getGoals().isEmpty());
    assertThrows(RuleViolation.class, () -> NotesJson.read("{not json"));
  }
}
