package org.casebook.practice;

import java.util.ArrayList;
import java.util.List;
import org.casebook.conversation.ConversationNotes;
import org.casebook.conversation.Goal;
import org.casebook.conversation.NetworkMember;
import org.casebook.conversation.OwnedRisk;
import org.casebook.conversation.Strength;

/**
 * The free text of a conversation, field by field, each named as the editor names it
 * ("whatMatters", "strengths:0:description") and marked when it is the person's own words.
 */
public final class RecordText {

  private RecordText() {}

  /** One field's text. */
  public record Field(String path, String text, boolean theirWords) {}

  public static List<Field> of(ConversationNotes notes) {
    List<Field> fields = new ArrayList<>();
    add(fields, "whatMatters", notes.getWhatMatters(), notes.isWhatMattersTheirWords());
    add(fields, "goodLife", notes.getGoodLife(), notes.isGoodLifeTheirWords());
    add(fields, "working", notes.getWorking(), false);
    add(fields, "notWorking", notes.getNotWorking(), false);
    for (int i = 0; i < notes.getStrengths().size(); i++) {
      Strength s = notes.getStrengths().get(i);
      add(fields, "strengths:" + i + ":description", s.getDescription(), false);
    }
    for (int i = 0; i < notes.getNetwork().size(); i++) {
      NetworkMember m = notes.getNetwork().get(i);
      add(fields, "network:" + i + ":supportGiven", m.getSupportGiven(), false);
      add(fields, "network:" + i + ":supportReceived", m.getSupportReceived(), false);
    }
    add(fields, "khiWords", notes.getKhiWords(), true);
    for (int i = 0; i < notes.getChangeTalk().size(); i++) {
      add(fields, "changeTalk:" + i + ":words", notes.getChangeTalk().get(i).getWords(), true);
    }
    add(fields, "sustainTalk", notes.getSustainTalk(), true);
    add(fields, "reflections", notes.getReflections(), false);
    for (int i = 0; i < notes.getRisks().size(); i++) {
      OwnedRisk r = notes.getRisks().get(i);
      add(fields, "risks:" + i + ":risk", r.getRisk(), false);
      add(fields, "risks:" + i + ":personsView", r.getPersonsView(), false);
      add(fields, "risks:" + i + ":saferWhen", r.getSaferWhen(), false);
    }
    for (int i = 0; i < notes.getGoals().size(); i++) {
      Goal g = notes.getGoals().get(i);
      add(fields, "goals:" + i + ":words", g.getWords(), RecordCounts.inTheirWords(g.getWords()));
    }
    return fields;
  }

  private static void add(List<Field> fields, String path, String text, boolean theirWords) {
    if (text != null && !text.isBlank()) {
      fields.add(new Field(path, text, theirWords));
    }
  }
}
