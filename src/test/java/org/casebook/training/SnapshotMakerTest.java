package org.casebook.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casebook.conversation.ChangeTalk;
import org.casebook.conversation.ChangeTalkType;
import org.casebook.conversation.ConversationKind;
import org.casebook.conversation.ConversationNotes;
import org.casebook.conversation.NetworkGroup;
import org.casebook.conversation.NetworkMember;
import org.casebook.conversation.Strength;
import org.casebook.conversation.StrengthCategory;
import org.junit.jupiter.api.Test;

class SnapshotMakerTest {

  /** Replaces "Margaret" and "Alan" the same way every time, as the real anonymiser does. */
  private static Anonymised fake(String text) {
    String out = text;
    List<Mark> marks = new ArrayList<>();
    out = out.replace("Margaret", "Joan").replace("Alan", "Reg");
    for (String p : List.of("Joan", "Reg")) {
      int at = out.indexOf(p);
      while (at >= 0) {
        marks.add(new Mark(at, at + p.length(), "KNOWN_NAME"));
        at = out.indexOf(p, at + 1);
      }
    }
    return new Anonymised(out, marks, List.of());
  }

  @Test
  void everyTextGoesThroughTheAnonymiserAndCodesStayCodes() {
    ConversationNotes notes = new ConversationNotes();
    notes.setWhatMatters("Margaret wants to see Alan more.");
    notes.setWhatMattersTheirWords(true);
    Strength s = new Strength();
    s.setCategory(StrengthCategory.SKILLS_AND_KNOWLEDGE);
    s.setDescription("Margaret grows vegetables");
    notes.getStrengths().add(s);
    NetworkMember m = new NetworkMember();
    m.setName("Alan");
    m.setRelationship("son");
    m.setGroup(NetworkGroup.FAMILY);
    notes.getNetwork().add(m);
    ChangeTalk c = new ChangeTalk();
    c.setType(ChangeTalkType.DESIRE);
    c.setWords("I want to see Alan");
    notes.getChangeTalk().add(c);
    notes.setImportance(8);

    Snapshot snap =
        SnapshotMaker.make(
            ConversationKind.LISTEN_AND_CONNECT,
            notes,
            LocalDate.of(1941, 3, 2),
            LocalDate.of(2026, 12, 1),
            SnapshotMakerTest::fake);

    assertEquals("85-89", snap.getAgeBand());
    assertEquals("LISTEN_AND_CONNECT", snap.getKind());
    assertFalse(snap.plainText().contains("Margaret"));
    assertFalse(snap.plainText().contains("Alan"));
    Section what = snap.section("whatMatters");
    assertEquals("Joan wants to see Reg more.", what.getText());
    assertTrue(what.isTheirWords());
    assertEquals(2, what.getReplacements().size());
    assertEquals("strength.category.SKILLS_AND_KNOWLEDGE", snap.section("strengths:0").getDetail());
    assertEquals("Reg, son", snap.section("network:0").getText());
    assertEquals("8", snap.section("importance").getText());
    assertTrue(snap.section("changeTalk:0").isTheirWords());
    assertNull(snap.section("goodLife"), "empty fields are left out");
  }

  @Test
  void ageBandsAreFiveYearsWithTheOldestTogether() {
    LocalDate today = LocalDate.of(2026, 12, 1);
    assertEquals("80-84", SnapshotMaker.ageBand(LocalDate.of(1946, 12, 1), today));
    assertEquals("75-79", SnapshotMaker.ageBand(LocalDate.of(1946, 12, 2), today));
    assertEquals("90+", SnapshotMaker.ageBand(LocalDate.of(1930, 1, 1), today));
    assertEquals("under 18", SnapshotMaker.ageBand(LocalDate.of(2010, 1, 1), today));
    assertNull(SnapshotMaker.ageBand(null, today));
  }
}
