package org.casebook.conversation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.casebook.platform.Messages;
import org.junit.jupiter.api.Test;

class FieldLabelsTest {

  @Test
  void aProblemSaysWhereItIsInTheWordsOnTheScreen() {
    assertEquals("Date of the conversation", FieldLabels.label("heldOn", Messages::text));
    assertEquals("Goal 2: As expected (0)", FieldLabels.label("goals:1:expected", Messages::text));
    assertEquals(
        "Person 1: How close they are", FieldLabels.label("network:0:closeness", Messages::text));
    assertEquals(
        "Action 3: Which person", FieldLabels.label("actions:2:networkKey", Messages::text));
    assertEquals(
        "Change talk 1: What they said", FieldLabels.label("changeTalk:0:words", Messages::text));
    assertEquals("Why you are correcting it", FieldLabels.label("reason", Messages::text));
  }

  @Test
  void problemsAreListedInTheOrderOfThePage() {
    List<String> paths =
        new ArrayList<>(
            List.of(
                "actions:0:what",
                "goals:1:expected",
                "whatMatters",
                "goals:0:words",
                "mode",
                "strengths:0:category",
                "heldOn"));
    paths.sort(FieldLabels.pageOrder());
    assertEquals(
        List.of(
            "heldOn",
            "mode",
            "whatMatters",
            "strengths:0:category",
            "goals:0:words",
            "goals:1:expected",
            "actions:0:what"),
        paths);
  }
}
