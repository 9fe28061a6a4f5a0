package org.casebook.perf;

import java.util.List;
import org.casebook.conversation.ActionOwner;
import org.casebook.conversation.AgreedAction;
import org.casebook.conversation.ChangeTalk;
import org.casebook.conversation.ChangeTalkType;
import org.casebook.conversation.ContactFrequency;
import org.casebook.conversation.ContactMode;
import org.casebook.conversation.ConversationNotes;
import org.casebook.conversation.Goal;
import org.casebook.conversation.NetworkGroup;
import org.casebook.conversation.NetworkMember;
import org.casebook.conversation.NotesJson;
import org.casebook.conversation.OwnedRisk;
import org.casebook.conversation.StageOfChange;
import org.casebook.conversation.Strength;
import org.casebook.conversation.StrengthCategory;

/**
 * The notes the benchmark's conversations carry: JSON written by the app's own {@link NotesJson},
 * so every one of them opens in the app. The date the conversation was held is left as {@link
 * #HELD_ON}, for the generator to fill in per row. The first two agreed actions are the same in
 * every template, so the generator's agreed_action rows match whichever template a conversation
 * has.
 */
final class NotesTemplates {

  /** Replaced by the generator with the conversation's own date ("d M yyyy"). */
  static final String HELD_ON = "@@HELD_ON@@";

  static final String ACTION_KEY_1 = "0b5c3a8e-1f7d-4c2e-9a61-3d2f00000001";
  static final String ACTION_KEY_2 = "0b5c3a8e-1f7d-4c2e-9a61-3d2f00000002";
  static final String ACTION_WHAT_1 = "Ring the lunch club about a seat on Tuesdays";
  static final String ACTION_WHAT_2 = "Ask the falls team about a lighter walking frame";

  private NotesTemplates() {}

  /** Finalised conversations: a long one, a medium one and a short one (about 6, 3.5, 2 KB). */
  static List<String> finals() {
    return List.of(NotesJson.write(full()), NotesJson.write(medium()), NotesJson.write(shortOne()));
  }

  /**
   * A short signed note for the conversations behind the culture benchmark's practice figures: the
   * figures are what is measured, so the text is only what every signed conversation must have.
   */
  static String signedNote() {
    ConversationNotes n = base(ContactMode.VISIT);
    n.setWhatMatters("Getting out to the shops and seeing friends again.");
    return NotesJson.write(n);
  }

  /** Drafts: part-written. */
  static String draft() {
    ConversationNotes n = base(ContactMode.PHONE);
    n.setWhatMatters(
        "\"Music keeps me going. I want a job where I'm around people, not stuck in the flat all"
            + " day.\" He talked a lot about the gigs he used to play with his brother.");
    n.setWorking("His brother Kofi lends him the van and they still rehearse on Sundays.");
    n.getStrengths()
        .add(new Strength(StrengthCategory.INTERESTS, "Plays bass; knows the local gig scene"));
    n.getStrengths()
        .add(new Strength(StrengthCategory.PERSONAL_QUALITIES, "Patient teacher; good with kids"));
    n.getNetwork()
        .add(
            new NetworkMember(
                "Kofi",
                "brother",
                NetworkGroup.FAMILY,
                4,
                ContactFrequency.WEEKLY,
                "Lends him his van",
                "Helps with the kids' homework"));
    n.getNetwork()
        .add(
            new NetworkMember(
                "Ama",
                "friend from college",
                NetworkGroup.FRIENDS,
                3,
                ContactFrequency.MONTHLY,
                "Knows people at the music venue",
                null));
    n.getActions().add(action1());
    n.getActions().add(action2());
    return NotesJson.write(n);
  }

  private static ConversationNotes base(ContactMode mode) {
    ConversationNotes n = new ConversationNotes();
    n.setHeldOn(HELD_ON);
    n.setMode(mode);
    return n;
  }

  private static ConversationNotes full() {
    ConversationNotes n = medium();
    n.setMode(ContactMode.VISIT);
    n.setReflections(
        "\"Being useful is what makes you feel like yourself.\" She agreed and talked about the"
            + " rota for ten minutes. When I reflected that she sounded proud of what she had"
            + " built, she said she had never thought of it like that, and that perhaps she could"
            + " show someone else how to do it.");
    n.setSustainTalk(
        "\"What if I fall at the church and make a fuss?\" and \"Martin worries enough as it is.\"");
    n.getNetwork()
        .add(
            new NetworkMember(
                "Revd Alison",
                "vicar, St Anne's",
                NetworkGroup.COMMUNITY,
                2,
                ContactFrequency.A_FEW_TIMES_A_YEAR,
                "Would welcome her back on the rota",
                null));
    n.getNetwork()
        .add(
            new NetworkMember(
                "Dr Shah",
                "GP",
                NetworkGroup.PROFESSIONALS,
                2,
                ContactFrequency.A_FEW_TIMES_A_YEAR,
                "Reviews her medication every six months",
                null));
    n.getNetwork()
        .add(
            new NetworkMember(
                "Ellie",
                "granddaughter",
                NetworkGroup.FAMILY,
                3,
                ContactFrequency.RARELY,
                "Visits in the holidays",
                "Teaches her to knit"));
    n.getChangeTalk()
        .add(new ChangeTalk("I could do the flowers sitting down.", ChangeTalkType.ABILITY));
    n.getChangeTalk()
        .add(new ChangeTalk("I'll ring Jean about Tuesday.", ChangeTalkType.COMMITMENT));
    OwnedRisk risk = new OwnedRisk();
    risk.setRisk("Walking to church on her own with her frame");
    risk.setPersonsView("\"I'd rather risk a tumble than never see the place again.\"");
    risk.setSaferWhen("A friend walks with her the first few times; pendant alarm worn; dry days");
    risk.setAgreedBy("The person, her son and her social worker");
    n.getRisks().add(risk);
    Goal lunch = new Goal();
    lunch.setWords("Get to the lunch club on Tuesdays");
    lunch.scaled(
        "Not been",
        "Been once",
        "Going most Tuesdays",
        "Going every Tuesday",
        "Going on Tuesdays and Thursdays");
    lunch.setWeight(2);
    lunch.setAttainment(0);
    lunch.getNetworkKeys().add(n.getNetwork().get(2).getKey());
    n.getGoals().add(lunch);
    n.getActions()
        .add(
            new AgreedAction(
                ActionOwner.COMMUNITY_GROUP,
                "Mill Lane lunch club",
                "Save a seat and arrange the minibus",
                "1 1 2030"));
    return n;
  }

  private static ConversationNotes medium() {
    ConversationNotes n = shortOne();
    n.setPlace("At home");
    n.setWhoWasThere("The person, their son (on speakerphone) and me");
    n.setGoodLife(
        "\"Getting out on a Tuesday and a Thursday, seeing my friends at the lunch club, and doing"
            + " the church flowers again, even if someone else carries the buckets.\"");
    n.setNotWorking(
        "Since the fall in September she has not been out on her own. The bus stop is too far"
            + " with her frame and she feels lonely in the afternoons, when the house is quiet"
            + " and there is nobody to ring.");
    n.getStrengths()
        .add(
            new Strength(
                StrengthCategory.CONTRIBUTIONS_TO_OTHERS, "Organised the church flower rota"));
    n.getStrengths()
        .add(
            new Strength(
                StrengthCategory.FRIENDS_AND_NEIGHBOURS,
                "A neighbour who is a friend of 30 years"));
    n.getStrengths()
        .add(new Strength(StrengthCategory.COMMUNITY, "Known and welcomed at St Anne's"));
    n.getNetwork()
        .add(
            new NetworkMember(
                "Jean",
                "friend from church",
                NetworkGroup.FRIENDS,
                3,
                ContactFrequency.MONTHLY,
                "Phones now and then",
                "Shares recipes"));
    n.setImportance(9);
    n.setImportanceReason("\"It's not a 10 because I'm scared of falling again.\"");
    n.setConfidence(5);
    n.setConfidenceReason("\"Not 3, because my neighbour says she'd walk with me.\"");
    n.getChangeTalk().add(new ChangeTalk("I want to be out of this chair.", ChangeTalkType.DESIRE));
    n.setStage(StageOfChange.PREPARATION);
    return n;
  }

  private static ConversationNotes shortOne() {
    ConversationNotes n = base(ContactMode.PHONE);
    n.setWhatMatters(
        "Being useful. \"I ran the flower rota at St Anne's for twenty years and now I sit here"
            + " watching the clock.\"\n\nStaying in her own home, near the people she knows.");
    n.setWorking(
        "Her neighbour pops in most mornings. Her son rings every Sunday. She manages her own"
            + " medication with a dosette box.");
    n.getStrengths()
        .add(new Strength(StrengthCategory.PERSONAL_QUALITIES, "Warm, funny and determined"));
    n.getStrengths()
        .add(
            new Strength(
                StrengthCategory.SKILLS_AND_KNOWLEDGE, "Flower arranging; knows every plant"));
    n.getNetwork()
        .add(
            new NetworkMember(
                "Martin",
                "son",
                NetworkGroup.FAMILY,
                4,
                ContactFrequency.WEEKLY,
                "Rings on Sundays; does online shopping",
                "Listens to his worries about work"));
    n.getNetwork()
        .add(
            new NetworkMember(
                "Bev",
                "neighbour",
                NetworkGroup.NEIGHBOURS,
                5,
                ContactFrequency.DAILY,
                "Pops in most mornings",
                "Minds Bev's cat when she is away"));
    n.setImportance(8);
    n.setConfidence(6);
    Goal flowers = new Goal();
    flowers.setWords("Do the church flowers again");
    flowers.scaled(
        "Not been to church",
        "Been to church once with a friend",
        "Helping with the flowers once a month",
        "Helping every fortnight",
        "Back on the rota and showing someone new");
    flowers.setWeight(3);
    flowers.setAttainment(-1);
    flowers.getStrengthKeys().add(n.getStrengths().get(1).getKey());
    flowers.getNetworkKeys().add(n.getNetwork().get(1).getKey());
    n.getGoals().add(flowers);
    n.getActions().add(action1());
    AgreedAction second = action2();
    n.getActions().add(second);
    return n;
  }

  private static AgreedAction action1() {
    AgreedAction a = new AgreedAction(ActionOwner.THE_PERSON, null, ACTION_WHAT_1, "1 1 2030");
    a.setKey(ACTION_KEY_1);
    return a;
  }

  private static AgreedAction action2() {
    AgreedAction a = new AgreedAction(ActionOwner.THE_COUNCIL, null, ACTION_WHAT_2, "1 1 2030");
    a.setKey(ACTION_KEY_2);
    return a;
  }
}
