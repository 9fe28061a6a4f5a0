package org.casebook.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightsTest {

  @Test
  void marksFollowTheirWordsWhenTheTextChanges() {
    String before = "Joan went with Alan to [address] on Tuesday.";
    List<Mark> marks =
        List.of(
            new Mark(0, 4, "KNOWN_NAME"), new Mark(15, 19, "NAME"), new Mark(23, 32, "ADDRESS"));
    String after = "Joan and Alan went out. Joan liked it, Joanna did not. [address]";

    List<Mark> moved = Highlights.relocate(before, marks, after);

    assertEquals(4, moved.size(), "Joan twice, Alan once, the address once; not inside Joanna");
    assertEquals("Joan", after.substring(moved.get(0).getStart(), moved.get(0).getEnd()));
    assertEquals("KNOWN_NAME", moved.get(0).getKind());
    assertEquals("Alan", after.substring(moved.get(1).getStart(), moved.get(1).getEnd()));
    assertEquals("Joan", after.substring(moved.get(2).getStart(), moved.get(2).getEnd()));
    assertEquals("[address]", after.substring(moved.get(3).getStart(), moved.get(3).getEnd()));
  }

  @Test
  void wordsTakenOutLeaveNoMark() {
    List<Mark> moved =
        Highlights.relocate(
            "He was a harbour pilot.", List.of(new Mark(9, 22, "rare")), "He worked at sea.");
    assertTrue(moved.isEmpty());
  }

  @Test
  void piecesRebuildTheTextWithMarksInOrder() {
    String text = "Joan met Alan at the lunch club 🌱 on [date].";
    List<Mark> replacements = List.of(new Mark(0, 4, "NAME"), new Mark(9, 13, "NAME"));
    List<Mark> flags = List.of(new Mark(21, 31, "rare"));

    List<Highlights.Piece> pieces = Highlights.pieces(text, replacements, flags);

    StringBuilder rebuilt = new StringBuilder();
    pieces.forEach(p -> rebuilt.append(p.text()));
    assertEquals(text, rebuilt.toString());
    assertEquals("Joan", pieces.get(0).text());
    assertTrue(pieces.get(0).isMarked());
    assertFalse(pieces.get(0).isFlag());
    assertEquals(" met ", pieces.get(1).text());
    assertFalse(pieces.get(1).isMarked());
    Highlights.Piece flagged =
        pieces.stream().filter(Highlights.Piece::isFlag).findFirst().orElseThrow();
    assertEquals("lunch club", flagged.text());
  }

  @Test
  void marksOutsideTheTextAreIgnored() {
    List<Highlights.Piece> pieces =
        Highlights.pieces("Short", List.of(new Mark(3, 40, "NAME")), List.of());
    assertEquals(2, pieces.size());
    assertEquals("Sho", pieces.get(0).text());
    assertEquals("rt", pieces.get(1).text());
  }
}
