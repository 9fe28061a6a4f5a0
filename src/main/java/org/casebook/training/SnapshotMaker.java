package org.casebook.training;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.casebook.conversation.AgreedAction;
import org.casebook.conversation.ChangeTalk;
import org.casebook.conversation.ConversationKind;
import org.casebook.conversation.ConversationNotes;
import org.casebook.conversation.Goal;
import org.casebook.conversation.NetworkMember;
import org.casebook.conversation.OwnedRisk;
import org.casebook.conversation.Strength;
import org.casebook.practice.RecordCounts;

/**
 * Makes a training case's snapshot from a signed conversation, pure: every free-text field goes
 * through the anonymiser (one case, so a name is replaced the same way everywhere), coded answers
 * are kept as codes, and the person's date of birth becomes an age band. The heldOn date, the
 * place's postcode and ward, and anything else not in the sections are left out altogether.
 */
public final class SnapshotMaker {

  private SnapshotMaker() {}

  /** The anonymiser for one case: a text in, the text anonymised out. */
  public interface CaseAnonymiser {
    Anonymised anonymise(String text);
  }

  public static Snapshot make(
      ConversationKind kind,
      ConversationNotes notes,
      LocalDate dateOfBirth,
      LocalDate today,
      CaseAnonymiser anonymiser) {
    Snapshot snapshot = new Snapshot();
    snapshot.setKind(kind == null ? null : kind.name());
    snapshot.setMode(notes.getMode() == null ? null : notes.getMode().name());
    snapshot.setAgeBand(ageBand(dateOfBirth, today));
    Builder b = new Builder(snapshot.getSections(), anonymiser);
    b.text("place", "training.section.place", null, notes.getPlace(), false);
    b.text("whoWasThere", "training.section.whoWasThere", null, notes.getWhoWasThere(), false);
    b.text(
        "whatMatters",
        "training.section.whatMatters",
        null,
        notes.getWhatMatters(),
        notes.isWhatMattersTheirWords());
    b.text(
        "goodLife",
        "training.section.goodLife",
        null,
        notes.getGoodLife(),
        notes.isGoodLifeTheirWords());
    b.text("working", "training.section.working", null, notes.getWorking(), false);
    b.text("notWorking", "training.section.notWorking", null, notes.getNotWorking(), false);
    for (int i = 0; i < notes.getStrengths().size(); i++) {
      Strength s = notes.getStrengths().get(i);
      b.text(
          "strengths:" + i,
          "training.section.strength",
          s.getCategory() == null ? null : "strength.category." + s.getCategory().name(),
          s.getDescription(),
          false);
    }
    for (int i = 0; i < notes.getNetwork().size(); i++) {
      NetworkMember m = notes.getNetwork().get(i);
      String who = join(m.getName(), m.getRelationship());
      b.text(
          "network:" + i,
          "training.section.networkMember",
          m.getGroup() == null ? null : "network.group." + m.getGroup().name(),
          who,
          false);
      b.text(
          "network:" + i + ":supportGiven",
          "training.section.supportGiven",
          null,
          m.getSupportGiven(),
          false);
      b.text(
          "network:" + i + ":supportReceived",
          "training.section.supportReceived",
          null,
          m.getSupportReceived(),
          false);
    }
    b.number("importance", "training.section.importance", notes.getImportance());
    b.text(
        "importanceReason",
        "training.section.importanceReason",
        null,
        notes.getImportanceReason(),
        false);
    b.number("confidence", "training.section.confidence", notes.getConfidence());
    b.text(
        "confidenceReason",
        "training.section.confidenceReason",
        null,
        notes.getConfidenceReason(),
        false);
    for (int i = 0; i < notes.getChangeTalk().size(); i++) {
      ChangeTalk c = notes.getChangeTalk().get(i);
      b.text(
          "changeTalk:" + i,
          "training.section.changeTalk",
          c.getType() == null ? null : "changeTalk.type." + c.getType().name(),
          c.getWords(),
          true);
    }
    b.text("sustainTalk", "training.section.sustainTalk", null, notes.getSustainTalk(), true);
    if (notes.getStage() != null) {
      b.coded("stage", "training.section.stage", "stage." + notes.getStage().name());
    }
    b.text("reflections", "training.section.reflections", null, notes.getReflections(), false);
    b.number("khiPeople", "training.section.khiPeople", notes.getKhiPeople());
    b.number("khiControl", "training.section.khiControl", notes.getKhiControl());
    b.number("khiConnected", "training.section.khiConnected", notes.getKhiConnected());
    b.text("khiWords", "training.section.khiWords", null, notes.getKhiWords(), true);
    for (int i = 0; i < notes.getRisks().size(); i++) {
      OwnedRisk r = notes.getRisks().get(i);
      b.text("risks:" + i, "training.section.risk", null, r.getRisk(), false);
      b.text(
          "risks:" + i + ":personsView",
          "training.section.personsView",
          null,
          r.getPersonsView(),
          false);
      b.text(
          "risks:" + i + ":saferWhen", "training.section.saferWhen", null, r.getSaferWhen(), false);
    }
    for (int i = 0; i < notes.getGoals().size(); i++) {
      Goal g = notes.getGoals().get(i);
      b.text(
          "goals:" + i,
          "training.section.goal",
          null,
          g.getWords(),
          RecordCounts.inTheirWords(g.getWords()));
      b.text("goals:" + i + ":expected", "training.section.expected", null, g.getExpected(), false);
    }
    for (int i = 0; i < notes.getActions().size(); i++) {
      AgreedAction a = notes.getActions().get(i);
      b.text(
          "actions:" + i,
          "training.section.action",
          a.getOwner() == null ? null : "action.owner." + a.getOwner().name(),
          join(a.getWhat(), a.getOwnerName()),
          false);
    }
    return snapshot;
  }

  /** The themes a snapshot suggests, for the trainer to keep or change. */
  public static Set<Theme> suggestedThemes(ConversationNotes notes, int connections) {
    Set<Theme> themes = EnumSet.noneOf(Theme.class);
    if (notes.getStrengths().size() >= 2) {
      themes.add(Theme.STRENGTHS);
    }
    if (notes.getNetwork().size() >= 2) {
      themes.add(Theme.NETWORKS);
    }
    if (connections > 0) {
      themes.add(Theme.COMMUNITY);
    }
    if (!notes.getGoals().isEmpty()) {
      themes.add(Theme.GOALS);
    }
    if (!notes.getRisks().isEmpty()) {
      themes.add(Theme.RISK);
    }
    if (!notes.getChangeTalk().isEmpty()
        || notes.getImportance() != null
        || notes.getConfidence() != null) {
      themes.add(Theme.MI);
    }
    return themes;
  }

  /**
   * Five-year age bands ("80 to 84"), with everyone 90 or older together ("90 or over"): ages above
   * 90 are rare enough to point to someone.
   */
  public static String ageBand(LocalDate dateOfBirth, LocalDate today) {
    if (dateOfBirth == null || today == null || dateOfBirth.isAfter(today)) {
      return null;
    }
    int age = Period.between(dateOfBirth, today).getYears();
    if (age >= 90) {
      return "90+";
    }
    if (age < 18) {
      return "under 18";
    }
    int from = age - age % 5;
    return from + "-" + (from + 4);
  }

  private static String join(String first, String second) {
    boolean a = first != null && !first.isBlank();
    boolean b = second != null && !second.isBlank();
    if (a && b) {
      return first.strip() + ", " + second.strip();
    }
    return a ? first.strip() : b ? second.strip() : null;
  }

  private static final class Builder {
    private final List<Section> sections;
    private final CaseAnonymiser anonymiser;

    Builder(List<Section> sections, CaseAnonymiser anonymiser) {
      this.sections = sections;
      this.anonymiser = anonymiser;
    }

    void text(String key, String heading, String detail, String text, boolean theirWords) {
      if (text == null || text.isBlank()) {
        if (detail != null) {
          coded(key, heading, detail);
        }
        return;
      }
      Anonymised a = anonymiser.anonymise(text.strip());
      Section s = new Section(key, heading, detail, a.text(), theirWords);
      s.setReplacements(a.replacements());
      s.setFlags(a.flags());
      sections.add(s);
    }

    void coded(String key, String heading, String detail) {
      sections.add(new Section(key, heading, detail, "", false));
    }

    void number(String key, String heading, Integer value) {
      if (value != null) {
        Section s = new Section(key, heading, null, String.valueOf(value), false);
        s.setNumber(true);
        sections.add(s);
      }
    }
  }
}
