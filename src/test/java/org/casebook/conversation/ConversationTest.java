package org.casebook.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casebook.platform.RuleViolation;
import org.junit.jupiter.api.Test;

class ConversationTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final Instant NOW = Instant.parse("2026-11-23T10:15:00Z");

  /** Notes that can be finalised: every section filled in as a worker would. */
  static ConversationNotes complete() {
    ConversationNotes notes = ConversationNotes.startingOn(TODAY);
    notes.setMode(ContactMode.VISIT);
    notes.setPlace("At home");
    notes.setWhoWasThere("Margaret and her daughter Sue");
    notes.setWhatMatters("My garden.\n\nSeeing Sue on Sundays.");
    notes.setGoodLife("Getting back to the allotment.");
    notes.setWorking("Sue helps with shopping.");
    notes.setNotWorking("The stairs are hard.");
    Strength garden = new Strength(StrengthCategory.SKILLS_AND_KNOWLEDGE, "Grows vegetables");
    notes.getStrengths().add(garden);
    NetworkMember sue = new NetworkMember("Sue", "Daughter", NetworkGroup.FAMILY, 5);
    notes.getNetwork().add(sue);
    notes.setImportance(8);
    notes.setImportanceReason("I miss my friends there");
    notes.setConfidence(4);
    notes.getChangeTalk().add(new ChangeTalk("I want to go back", ChangeTalkType.DESIRE));
    notes.setStage(StageOfChange.PREPARATION);
    notes.getRisks().add(new OwnedRisk("Walking alone", "I know the way", "Phone with me", "Sue"));
    Goal goal =
        new Goal("Get back to my allotment")
            .scaled(
                "Not out at all", "Out once", "Out every week", "Twice a week", "Growing again");
    goal.setWeight(3);
    goal.setTargetDate("1 3 2027");
    goal.getStrengthKeys().add(garden.getKey());
    goal.getNetworkKeys().add(sue.getKey());
    notes.getGoals().add(goal);
    AgreedAction lift = new AgreedAction(ActionOwner.NETWORK_MEMBER, null, "Lifts on Sunday", "");
    lift.setNetworkKey(sue.getKey());
    notes.getActions().add(lift);
    notes
        .getActions()
        .add(new AgreedAction(ActionOwner.COMMUNITY_GROUP, "Hyde Park Allotments", "Call", null));
    return notes;
  }

  static Conversation draft() {
    return new Conversation(
        7L, ConversationKind.BUILD_A_GOOD_LIFE, ConversationNotes.startingOn(TODAY), "sam", NOW);
  }

  @Test
  void aNewConversationIsADraftThatKeepsWhateverIsTyped() {
    Conversation c = draft();
    ConversationNotes half = ConversationNotes.startingOn(TODAY);
    half.setWhatMatters("Half a thought");
    half.setImportance(42);
    half.getGoals().add(new Goal("Something"));
    c.saveDraft(half, "priya", NOW.plusSeconds(5));
    assertTrue(c.isDraft());
    assertEquals("Half a thought", c.notes().getWhatMatters());
    assertEquals(42, c.notes().getImportance(), "a draft keeps even what could not be signed");
    assertEquals("priya", c.getSavedBy());
    assertEquals(TODAY, c.getHeldOn());
  }

  @Test
  void finalisingStampsTheWorkerAndTimeAndMakesTheConversationReadOnly() {
    Conversation c = draft();
    c.finalise(complete(), "sam", NOW, TODAY);
    assertTrue(c.isFinal());
    assertEquals("sam", c.getFinalisedBy());
    assertEquals(NOW, c.getFinalisedAt());
    assertEquals(1, c.getRevisions().size());
    assertNull(c.getRevisions().get(0).getReason());
    assertEquals(ContactMode.VISIT, c.getMode());
    assertThrows(RuleViolation.class, () -> c.saveDraft(complete(), "sam", NOW));
    assertThrows(RuleViolation.class, () -> c.finalise(complete(), "sam", NOW, TODAY));
  }

  @Test
  void finalisingListsEverythingToPutRightAndSignsNothing() {
    Conversation c = draft();
    ConversationNotes notes = ConversationNotes.startingOn(TODAY);
    notes.setImportance(11);
    notes.setConfidence(-1);
    notes.getGoals().add(new Goal("Walk to the shop").scaled("a", "b", "", "d", "e"));
    notes.getNetwork().add(new NetworkMember("Sue", null, null, 9));
    NotesRefused refused =
        assertThrows(NotesRefused.class, () -> c.finalise(notes, "sam", NOW, TODAY));
    assertEquals("conversation.mode.required", refused.problems().get("mode").messageKey());
    assertEquals(
        "conversation.whatMatters.required", refused.problems().get("whatMatters").messageKey());
    assertEquals("conversation.ruler.range", refused.problems().get("importance").messageKey());
    assertEquals("conversation.ruler.range", refused.problems().get("confidence").messageKey());
    assertEquals(
        "conversation.goal.level.required",
        refused.problems().get("goals:0:expected").messageKey());
    assertEquals(
        "conversation.network.closeness.range",
        refused.problems().get("network:0:closeness").messageKey());
    assertEquals(
        "conversation.network.group.required",
        refused.problems().get("network:0:group").messageKey());
    assertTrue(c.isDraft());
    assertTrue(c.getRevisions().isEmpty());
  }

  @Test
  void rulersRunFromNoughtToTen() {
    for (int value : List.of(0, 5, 10)) {
      ConversationNotes notes = complete();
      notes.setImportance(value);
      notes.setConfidence(value);
      assertFalse(notes.problems(TODAY).containsKey("importance"), "" + value);
      assertFalse(notes.problems(TODAY).containsKey("confidence"), "" + value);
    }
    for (int value : List.of(-1, 11, 100)) {
      ConversationNotes notes = complete();
      notes.setImportance(value);
      assertTrue(notes.problems(TODAY).containsKey("importance"), "" + value);
    }
    ConversationNotes unscored = complete();
    unscored.setImportance(null);
    unscored.setConfidence(null);
    assertTrue(unscored.problems(TODAY).isEmpty(), "rulers are optional");
  }

  @Test
  void everyGoalNeedsAllFiveLevelsOfItsScale() {
    for (int level = -2; level <= 2; level++) {
      ConversationNotes notes = complete();
      Goal goal = notes.getGoals().get(0);
      String[] levels = {"a", "b", "c", "d", "e"};
      levels[level + 2] = "  ";
      goal.scaled(levels[0], levels[1], levels[2], levels[3], levels[4]);
      assertFalse(goal.isScaleComplete());
      assertEquals(
          "conversation.goal.level.required",
          notes.problems(TODAY).get("goals:0:" + ConversationNotes.levelField(level)).messageKey());
    }
    assertTrue(complete().getGoals().get(0).isScaleComplete());
  }

  @Test
  void anAddendumKeepsEveryEarlierVersionAsItWas() {
    Conversation c = draft();
    c.finalise(complete(), "sam", NOW, TODAY);
    ConversationNotes corrected = c.notes();
    corrected.setWhatMatters("My garden, and my cat Biscuit.");
    c.addAddendum("Margaret rang to add Biscuit", corrected, "priya", NOW.plusSeconds(60), TODAY);
    assertEquals(2, c.getRevisions().size());
    assertEquals(
        "My garden.\n\nSeeing Sue on Sundays.",
        c.getRevisions().get(0).notes().getWhatMatters(),
        "the signed version is untouched");
    assertEquals("My garden, and my cat Biscuit.", c.notes().getWhatMatters());
    assertEquals("Margaret rang to add Biscuit", c.getRevisions().get(1).getReason());
    assertEquals("priya", c.getRevisions().get(1).getMadeBy());
    assertTrue(c.isCorrected());
    assertEquals("sam", c.getFinalisedBy(), "still signed by the worker who finalised it");
  }

  @Test
  void anAddendumNeedsAReasonAndOnlyFollowsFinalising() {
    Conversation c = draft();
    assertThrows(RuleViolation.class, () -> c.addAddendum("Why", complete(), "sam", NOW, TODAY));
    c.finalise(complete(), "sam", NOW, TODAY);
    NotesRefused noReason =
        assertThrows(
            NotesRefused.class, () -> c.addAddendum("  \n ", c.notes(), "sam", NOW, TODAY));
    assertEquals("conversation.reason.required", noReason.problems().get("reason").messageKey());
    NotesRefused tooLong =
        assertThrows(
            NotesRefused.class,
            () -> c.addAddendum("x".repeat(2_001), c.notes(), "sam", NOW, TODAY));
    assertEquals("field.tooLong", tooLong.problems().get("reason").messageKey());
    ConversationNotes broken = c.notes();
    broken.setWhatMatters("");
    assertThrows(NotesRefused.class, () -> c.addAddendum("Fix", broken, "sam", NOW, TODAY));
    assertEquals(1, c.getRevisions().size());
  }

  @Test
  void rowsLeftEmptyAreDroppedAndDanglingLinksWithThem() {
    ConversationNotes notes = complete();
    notes.getStrengths().add(new Strength());
    notes.getNetwork().add(new NetworkMember());
    notes.getGoals().add(new Goal());
    notes.getActions().add(new AgreedAction());
    notes.getChangeTalk().add(new ChangeTalk());
    notes.getRisks().add(new OwnedRisk());
    notes.getGoals().get(0).getStrengthKeys().add("gone");
    notes.withoutBlankRows();
    assertEquals(1, notes.getStrengths().size());
    assertEquals(1, notes.getNetwork().size());
    assertEquals(1, notes.getGoals().size());
    assertEquals(2, notes.getActions().size());
    assertEquals(1, notes.getChangeTalk().size());
    assertEquals(1, notes.getRisks().size());
    assertFalse(notes.getGoals().get(0).getStrengthKeys().contains("gone"));
    assertTrue(notes.problems(TODAY).isEmpty(), notes.problems(TODAY).toString());
  }

  @Test
  void datesMustBeRealAndTheConversationCannotBeHeldInTheFuture() {
    ConversationNotes notes = complete();
    notes.setHeldOn("24 11 2026");
    notes.getGoals().get(0).setTargetDate("31 2 2027");
    notes.getActions().get(0).setByWhen("soon");
    var problems = notes.problems(TODAY);
    assertEquals("conversation.heldOn.future", problems.get("heldOn").messageKey());
    assertEquals("conversation.date.invalid", problems.get("goals:0:targetDate").messageKey());
    assertEquals("conversation.date.invalid", problems.get("actions:0:byWhen").messageKey());
  }

  @Test
  void anActionForANetworkMemberNamesWhichOne() {
    ConversationNotes notes = complete();
    notes.getActions().get(0).setNetworkKey(null);
    assertEquals(
        "conversation.action.member.required",
        notes.problems(TODAY).get("actions:0:networkKey").messageKey());
    notes.getActions().get(1).setOwnerName(" ");
    assertEquals(
        "conversation.action.group.required",
        notes.problems(TODAY).get("actions:1:ownerName").messageKey());
  }

  @Test
  void longNotesAreWelcomeUpToTheLimitAndClearlyRefusedBeyondIt() {
    ConversationNotes notes = complete();
    notes.setWhatMatters("a".repeat(ConversationNotes.LONG_TEXT_MAX));
    assertTrue(notes.lengthProblems().isEmpty());
    notes.setWhatMatters("a".repeat(ConversationNotes.LONG_TEXT_MAX + 1));
    assertEquals("field.tooLong", notes.lengthProblems().get("whatMatters").messageKey());
    assertEquals(
        ConversationNotes.LONG_TEXT_MAX, notes.lengthProblems().get("whatMatters").number());
    Conversation c = draft();
    c.saveDraft(notes, "sam", NOW);
    assertEquals(
        ConversationNotes.LONG_TEXT_MAX + 1,
        c.notes().getWhatMatters().length(),
        "nothing typed is lost from a draft");
  }

  @Test
  void textPastedFromAWordProcessorKeepsItsParagraphs() {
    ConversationNotes notes = complete();
    notes.setWhatMatters("First paragraph.\r\n\r\nSecond\u00a0paragraph.\u200b\r\nA new line.  ");
    notes.tidy();
    assertEquals("First paragraph.\n\nSecond paragraph.\nA new line.", notes.getWhatMatters());
  }

  @Test
  void aNewConversationCarriesForwardStrengthsNetworkAndGoals() {
    ConversationNotes last = NotesJson.copy(complete());
    last.getGoals().get(0).setAttainment(-1);
    ConversationNotes next = last.carriedForward(TODAY.plusDays(7));
    assertEquals("30 11 2026", next.getHeldOn());
    assertEquals(last.getGoals().get(0).getKey(), next.getGoals().get(0).getKey());
    assertNull(next.getGoals().get(0).getAttainment(), "scored afresh each time");
    assertEquals(1, next.getStrengths().size());
    assertEquals(1, next.getNetwork().size());
    assertNull(next.getWhatMatters());
    assertTrue(next.getActions().isEmpty());
  }
}
