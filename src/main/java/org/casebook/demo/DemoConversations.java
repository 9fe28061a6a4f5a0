package org.casebook.demo;

import java.time.LocalDate;
import org.casebook.conversation.ActionOwner;
import org.casebook.conversation.AgreedAction;
import org.casebook.conversation.ChangeTalk;
import org.casebook.conversation.ChangeTalkType;
import org.casebook.conversation.ContactFrequency;
import org.casebook.conversation.ContactMode;
import org.casebook.conversation.Conversation;
import org.casebook.conversation.ConversationKind;
import org.casebook.conversation.ConversationNotes;
import org.casebook.conversation.Conversations;
import org.casebook.conversation.Goal;
import org.casebook.conversation.NetworkGroup;
import org.casebook.conversation.NetworkMember;
import org.casebook.conversation.OwnedRisk;
import org.casebook.conversation.StageOfChange;
import org.casebook.conversation.Strength;
import org.casebook.conversation.StrengthCategory;
import org.casebook.platform.UkDates;
import org.casebook.security.Caller;

/** Synthetic good-life conversations for the demo people. Everyone in them is made up. */
final class DemoConversations {

  private DemoConversations() {}

  /**
   * Margaret ("Peggy"): a finalised good-life conversation, with actions, and a draft follow-up.
   */
  static void peggy(Conversations conversations, Caller worker, long personId, LocalDate today) {
    Conversation c =
        conversations.start(worker, personId, ConversationKind.BUILD_A_GOOD_LIFE, "Demo data");
    ConversationNotes n = ConversationNotes.startingOn(today.minusDays(12));
    n.setMode(ContactMode.VISIT);
    n.setPlace("At home, 12 Mill Lane");
    n.setKhiPeople(3);
    n.setKhiControl(4);
    n.setKhiConnected(3);
    n.setKhiWords("\"Bev, Jean and our Martin. The afternoons are long.\"");
    n.setWhoWasThere("Peggy, her son Martin (on speakerphone) and me");
    n.setWhatMatters(
        "Being useful. \"I ran the flower rota at St Anne's for twenty years and now I sit here"
            + " watching the clock.\"\n\nStaying in her own home on Mill Lane, near the people she"
            + " knows.");
    n.setGoodLife(
        "\"Getting out on a Tuesday and a Thursday, seeing my friends at the lunch club, and doing"
            + " the church flowers again, even if someone else carries the buckets.\"");
    n.setWorking(
        "Her neighbour Bev pops in most mornings. Martin rings every Sunday. She manages her own"
            + " medication with a dosette box.");
    n.setNotWorking(
        "Since the fall in September she has not been out on her own. The bus stop is too far"
            + " with her frame and she feels lonely in the afternoons.");
    n.getStrengths()
        .add(new Strength(StrengthCategory.PERSONAL_QUALITIES, "Warm, funny and determined"));
    n.getStrengths()
        .add(
            new Strength(
                StrengthCategory.SKILLS_AND_KNOWLEDGE, "Flower arranging; knows every plant"));
    n.getStrengths()
        .add(
            new Strength(
                StrengthCategory.CONTRIBUTIONS_TO_OTHERS, "Organised the church flower rota"));
    n.getStrengths()
        .add(
            new Strength(
                StrengthCategory.FRIENDS_AND_NEIGHBOURS, "Bev next door, a friend of 30 years"));
    n.getStrengths()
        .add(new Strength(StrengthCategory.COMMUNITY, "Known and welcomed at St Anne's"));
    NetworkMember martin =
        new NetworkMember(
            "Martin",
            "son",
            NetworkGroup.FAMILY,
            4,
            ContactFrequency.WEEKLY,
            "Rings on Sundays; does online shopping",
            "Listens to his worries about work");
    NetworkMember bev =
        new NetworkMember(
            "Bev",
            "neighbour",
            NetworkGroup.NEIGHBOURS,
            5,
            ContactFrequency.DAILY,
            "Pops in most mornings",
            "Minds Bev's cat when she is away");
    NetworkMember jean =
        new NetworkMember(
            "Jean",
            "friend from church",
            NetworkGroup.FRIENDS,
            3,
            ContactFrequency.MONTHLY,
            "Phones now and then",
            "Shares recipes");
    NetworkMember vicar =
        new NetworkMember(
            "Revd Alison",
            "vicar, St Anne's",
            NetworkGroup.COMMUNITY,
            2,
            ContactFrequency.A_FEW_TIMES_A_YEAR,
            "Would welcome her back on the rota",
            null);
    NetworkMember gp =
        new NetworkMember(
            "Dr Shah",
            "GP",
            NetworkGroup.PROFESSIONALS,
            2,
            ContactFrequency.A_FEW_TIMES_A_YEAR,
            "Reviews her medication",
            null);
    NetworkMember granddaughter =
        new NetworkMember(
            "Ellie",
            "granddaughter",
            NetworkGroup.FAMILY,
            3,
            ContactFrequency.RARELY,
            "Visits in the holidays",
            "Teaches her to knit");
    n.getNetwork().add(martin);
    n.getNetwork().add(bev);
    n.getNetwork().add(jean);
    n.getNetwork().add(vicar);
    n.getNetwork().add(gp);
    n.getNetwork().add(granddaughter);
    n.setImportance(9);
    n.setImportanceReason("\"It's not a 10 because I'm scared of falling again.\"");
    n.setConfidence(5);
    n.setConfidenceReason("\"Not 3, because Bev says she'd walk with me.\"");
    n.getChangeTalk().add(new ChangeTalk("I want to be out of this chair.", ChangeTalkType.DESIRE));
    n.getChangeTalk()
        .add(new ChangeTalk("I could do the flowers sitting down.", ChangeTalkType.ABILITY));
    n.getChangeTalk()
        .add(new ChangeTalk("I'll ring Jean about Tuesday.", ChangeTalkType.COMMITMENT));
    n.setSustainTalk("\"What if I fall at the church and make a fuss?\"");
    n.setStage(StageOfChange.PREPARATION);
    n.setReflections(
        "\"Being useful is what makes you feel like yourself.\" She agreed and talked about the"
            + " rota for ten minutes.");
    OwnedRisk risk = new OwnedRisk();
    risk.setRisk("Walking to church on her own with her frame");
    risk.setPersonsView("\"I'd rather risk a tumble than never see the place again.\"");
    risk.setSaferWhen("Bev walks with her the first few times; pendant alarm worn; dry days only");
    risk.setAgreedBy("Peggy, Martin and Sam Okoro");
    n.getRisks().add(risk);
    Goal flowers = new Goal();
    flowers.setWords("Do the church flowers again");
    flowers.scaled(
        "Not been to church",
        "Been to church once with Bev",
        "Helping with the flowers once a month",
        "Helping every fortnight",
        "Back on the rota and showing someone new");
    flowers.setWeight(3);
    flowers.setTargetDate(UkDates.forInput(today.plusMonths(3)));
    flowers.getStrengthKeys().add(n.getStrengths().get(1).getKey());
    flowers.getNetworkKeys().add(bev.getKey());
    flowers.getNetworkKeys().add(vicar.getKey());
    n.getGoals().add(flowers);
    Goal lunch = new Goal();
    lunch.setWords("Get to the lunch club on Tuesdays");
    lunch.scaled(
        "Not been",
        "Been once",
        "Going most Tuesdays",
        "Going every Tuesday",
        "Going on Tuesdays and Thursdays");
    lunch.setWeight(2);
    lunch.setTargetDate(UkDates.forInput(today.plusMonths(2)));
    lunch.getNetworkKeys().add(jean.getKey());
    n.getGoals().add(lunch);
    n.getActions()
        .add(
            action(
                ActionOwner.THE_PERSON,
                null,
                null,
                "Ring Jean about going to the lunch club together",
                today.minusDays(2)));
    n.getActions()
        .add(
            action(
                ActionOwner.NETWORK_MEMBER,
                bev.getKey(),
                null,
                "Walk with Peggy to St Anne's on the first dry Sunday",
                today.plusDays(5)));
    n.getActions()
        .add(
            action(
                ActionOwner.COMMUNITY_GROUP,
                null,
                "Mill Lane lunch club",
                "Save Peggy a seat and arrange the minibus",
                today.plusDays(9)));
    n.getActions()
        .add(
            action(
                ActionOwner.THE_COUNCIL,
                null,
                null,
                "Sam to ask the falls team about a lighter walking frame",
                today.plusDays(20)));
    conversations.finalise(worker, c.getId(), c.getVersion(), n, "Demo data");
  }

  /** Daniel: a listen-and-connect conversation still in draft. */
  static void daniel(Conversations conversations, Caller worker, long personId, LocalDate today) {
    Conversation c =
        conversations.start(worker, personId, ConversationKind.LISTEN_AND_CONNECT, "Demo data");
    ConversationNotes n = ConversationNotes.startingOn(today);
    n.setMode(ContactMode.PHONE);
    n.setWhatMatters("\"Music keeps me going. I want a job where I'm around people.\"");
    n.getStrengths()
        .add(new Strength(StrengthCategory.INTERESTS, "Plays bass; knows the local gig scene"));
    n.getNetwork()
        .add(
            new NetworkMember(
                "Kofi",
                "brother",
                NetworkGroup.FAMILY,
                4,
                ContactFrequency.WEEKLY,
                "Lends him his van",
                null));
    conversations.saveDraft(worker, c.getId(), c.getVersion(), n);
  }

  private static AgreedAction action(
      ActionOwner owner, String networkKey, String ownerName, String what, LocalDate by) {
    AgreedAction a = new AgreedAction();
    a.setOwner(owner);
    a.setNetworkKey(networkKey);
    a.setOwnerName(ownerName);
    a.setWhat(what);
    a.setByWhen(UkDates.forInput(by));
    return a;
  }
}
