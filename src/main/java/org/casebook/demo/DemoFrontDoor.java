package org.casebook.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casebook.contact.CodedList;
import org.casebook.contact.CodedLists;
import org.casebook.contact.Contact;
import org.casebook.contact.ContactDetails;
import org.casebook.contact.Contacts;
import org.casebook.contact.ResolutionDetails;
import org.casebook.contact.ResolutionRoute;
import org.casebook.conversation.ContactMode;
import org.casebook.conversation.Conversation;
import org.casebook.conversation.ConversationKind;
import org.casebook.conversation.ConversationNotes;
import org.casebook.conversation.Conversations;
import org.casebook.conversation.Goal;
import org.casebook.platform.UkDates;
import org.casebook.review.ReviewDetails;
import org.casebook.review.Reviews;
import org.casebook.security.Caller;

/**
 * Synthetic front-door histories for the demo people: contacts months apart, resolutions (one
 * judged sustainable that the person came back from), a review overdue and a review recorded.
 * Everyone in them is made up.
 */
final class DemoFrontDoor {

  private static final String CHANNEL = "Demo data";

  private final Contacts contacts;
  private final CodedLists codedLists;
  private final Conversations conversations;
  private final Reviews reviews;
  private final LocalDate today;

  DemoFrontDoor(
      Contacts contacts,
      CodedLists codedLists,
      Conversations conversations,
      Reviews reviews,
      LocalDate today) {
    this.contacts = contacts;
    this.codedLists = codedLists;
    this.conversations = conversations;
    this.reviews = reviews;
    this.today = today;
  }

  private long value(CodedList list, String code) {
    return codedLists.active(list).stream()
        .filter(v -> v.getCode().equals(code))
        .findFirst()
        .orElseThrow()
        .getId();
  }

  private Contact contact(
      Caller worker,
      long personId,
      LocalDate on,
      String source,
      String route,
      String reason,
      String next) {
    return contacts.record(
        worker,
        personId,
        new ContactDetails(
            UkDates.forInput(on),
            value(CodedList.SOURCE, source),
            value(CodedList.ROUTE, route),
            reason,
            value(CodedList.NEXT_STEP, next)),
        CHANNEL);
  }

  private void resolve(
      Caller worker,
      Contact contact,
      LocalDate on,
      ResolutionRoute route,
      boolean sustainable,
      String reason) {
    contacts.resolve(
        worker,
        contact.getId(),
        new ResolutionDetails(UkDates.forInput(on), route, sustainable, reason),
        CHANNEL);
  }

  /** Peggy: connected to the lunch club last spring, judged sustainable, back after a fall. */
  void peggy(Caller sam, long id) {
    Contact first =
        contact(
            sam,
            id,
            today.minusDays(200),
            "FAMILY",
            "COMMUNITY",
            "Her son Martin says she has been lonely since her husband died and has stopped going"
                + " out.",
            "COMMUNITY_ASSET");
    resolve(
        sam,
        first,
        today.minusDays(190),
        ResolutionRoute.COMMUNITY_ASSET,
        true,
        "Goes to the Tuesday lunch club at St Anne's with her friend Jean.");
    contact(
        sam,
        id,
        today.minusDays(20),
        "HOSPITAL",
        "HOSPITAL_DISCHARGE",
        "Home from hospital after a fall. The lunch club stopped for the summer and she has not"
            + " been out since.",
        "CONVERSATION");
  }

  /** Hafsa: a good-life conversation, reviewed with her goals met. */
  void hafsa(Caller sam, long id) {
    contact(
        sam,
        id,
        today.minusDays(160),
        "PERSON",
        "COMMUNITY",
        "\"I cannot manage the stairs to the garden any more and I miss cooking for people.\"",
        "CONVERSATION");
    Conversation c = signed(sam, id, today.minusDays(150), 2, 3, 3);
    List<Goal> goals = c.notes().getGoals();
    reviews.record(
        sam,
        c.getId(),
        new ReviewDetails(
            UkDates.forInput(today.minusDays(40)),
            List.of(
                new ReviewDetails.GoalReached(
                    goals.get(0).getKey(), 1, "\"I cook at the community kitchen every Friday.\""),
                new ReviewDetails.GoalReached(goals.get(1).getKey(), 0, null)),
            6,
            7,
            8,
            "\"I have my Friday ladies now.\"",
            Set.of(),
            null,
            true,
            ResolutionRoute.COMMUNITY_ASSET,
            true,
            "Cooks at the community kitchen each week and her daughter helps with the garden."),
        CHANNEL);
  }

  /** Tom: a conversation with goals whose review is overdue. */
  void tom(Caller priya, long id) {
    contact(
        priya,
        id,
        today.minusDays(100),
        "GP",
        "HOSPITAL_DIVERSION",
        "His GP is worried he is not eating since he stopped going to the woodwork group.",
        "CONVERSATION");
    signed(priya, id, today.minusDays(96), 1, 4, 2);
  }

  /** Grace: resolved through her own network, and has not needed to come back. */
  void grace(Caller priya, long id) {
    Contact c =
        contact(
            priya,
            id,
            today.minusDays(240),
            "PROFESSIONAL",
            "TRANSITION",
            "Moving on from children's services; wants her own place near college.",
            "INFORMATION");
    resolve(
        priya,
        c,
        today.minusDays(230),
        ResolutionRoute.OWN_NETWORK,
        true,
        "Her aunt and her college tutor are helping her with the move; she knows who to call.");
  }

  /** Niamh: home from hospital, signposted, and short-term support under way. */
  void niamh(Caller alex, long id) {
    Contact c =
        contact(
            alex,
            id,
            today.minusDays(60),
            "HOSPITAL",
            "HOSPITAL_DISCHARGE",
            "\"Things got on top of me after the hospital.\"",
            "SHORT_TERM");
    resolve(
        alex,
        c,
        today.minusDays(30),
        ResolutionRoute.SHORT_TERM_SUPPORT,
        false,
        "Six weeks of support at home; back volunteering one morning a week, but early days.");
  }

  private Conversation signed(
      Caller worker, long personId, LocalDate held, int people, int control, int connected) {
    Conversation c =
        conversations.start(worker, personId, ConversationKind.BUILD_A_GOOD_LIFE, CHANNEL);
    ConversationNotes n = ConversationNotes.startingOn(held);
    n.setMode(ContactMode.VISIT);
    n.setWhatMatters("\"Being useful to people, and getting out of the house.\"");
    n.setKhiPeople(people);
    n.setKhiControl(control);
    n.setKhiConnected(connected);
    n.setKhiWords("\"Most days I don't see anyone.\"");
    Goal useful = new Goal("Do something useful for other people each week");
    useful.scaled(
        "Nothing outside the house",
        "Tried once",
        "Something useful most weeks",
        "Every week",
        "Every week and showing someone else how");
    useful.setWeight(2);
    n.getGoals().add(useful);
    Goal out = new Goal("Get out of the house three days a week");
    out.scaled("Not out", "One day", "Three days", "Four days", "Every day");
    n.getGoals().add(out);
    return conversations.finalise(worker, c.getId(), c.getVersion(), n, CHANNEL);
  }
}
