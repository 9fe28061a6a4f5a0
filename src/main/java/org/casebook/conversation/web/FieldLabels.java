package org.casebook.conversation.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where a problem is, in words and in page order: "goals:0:expected" is "Goal 1: As expected (0)"
 * and comes after every problem in the sections above the goals. Pure: give it the bundle.
 */
public final class FieldLabels {

  /** The fields and lists of a conversation in the order the page shows them. */
  static final List<String> ORDER =
      List.of(
          "heldOn",
          "mode",
          "place",
          "whoWasThere",
          "whatMatters",
          "goodLife",
          "working",
          "notWorking",
          "strengths",
          "network",
          "khiPeople",
          "khiControl",
          "khiConnected",
          "khiWords",
          "importance",
          "importanceReason",
          "confidence",
          "confidenceReason",
          "changeTalk",
          "sustainTalk",
          "stage",
          "reflections",
          "risks",
          "goals",
          "actions",
          "reason");

  private static final Map<String, String> ROWS =
      Map.of(
          "strengths", "conversation.strength",
          "network", "conversation.member",
          "changeTalk", "conversation.changeTalk.item",
          "risks", "conversation.risk",
          "goals", "conversation.goal",
          "actions", "conversation.action");

  private static final Map<String, String> ROW_FIELDS =
      Map.ofEntries(
          Map.entry("strengths:category", "conversation.strength.category"),
          Map.entry("strengths:description", "conversation.strength.description"),
          Map.entry("changeTalk:words", "conversation.changeTalk.words"),
          Map.entry("changeTalk:type", "conversation.changeTalk.type"),
          Map.entry("risks:risk", "conversation.risk.risk"),
          Map.entry("goals:words", "conversation.goal.words"),
          Map.entry("goals:expected", "gas.level.0"),
          Map.entry("goals:moreThanExpected", "gas.level.1"),
          Map.entry("goals:muchMoreThanExpected", "gas.level.2"),
          Map.entry("goals:lessThanExpected", "gas.level.-1"),
          Map.entry("goals:muchLessThanExpected", "gas.level.-2"),
          Map.entry("goals:strengthKeys", "conversation.goal.strengths"),
          Map.entry("goals:networkKeys", "conversation.goal.people"),
          Map.entry("actions:owner", "conversation.action.owner"),
          Map.entry("actions:networkKey", "conversation.action.member"),
          Map.entry("actions:ownerName", "conversation.action.group"));

  private FieldLabels() {}

  /** The field in words, for the list of problems at the top of the page. */
  public static String label(String path, Function<String, String> text) {
    String[] parts = path.split(":");
    if (parts.length == 3 && ROWS.containsKey(parts[0])) {
      String list = parts[0];
      String field = parts[2];
      String key = ROW_FIELDS.getOrDefault(list + ":" + field, rowFieldKey(list, field));
      return text.apply(ROWS.get(list))
          + " "
          + (Integer.parseInt(parts[1]) + 1)
          + ": "
          + text.apply(key);
    }
    return text.apply(
        path.equals("reason") ? "conversation.addendum.reason" : "conversation." + path);
  }

  private static String rowFieldKey(String list, String field) {
    return ROWS.get(list).replace(".item", "") + "." + field;
  }

  /** Orders problem paths as the fields stand on the page. */
  public static Comparator<String> pageOrder() {
    return Comparator.<String>comparingInt(p -> rank(p.split(":")[0]))
        .thenComparingInt(p -> p.contains(":") ? Integer.parseInt(p.split(":")[1]) : 0);
  }

  private static int rank(String head) {
    int at = ORDER.indexOf(head);
    return at < 0 ? ORDER.size() : at;
  }
}
