package org.casebook.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.casebook.account.Team;
import org.casebook.asset.AssetLinks;
import org.casebook.conversation.ContactMode;
import org.casebook.conversation.Conversation;
import org.casebook.conversation.ConversationKind;
import org.casebook.conversation.ConversationNotes;
import org.casebook.conversation.Conversations;
import org.casebook.conversation.Goal;
import org.casebook.conversation.NetworkGroup;
import org.casebook.conversation.NetworkMember;
import org.casebook.conversation.Strength;
import org.casebook.conversation.StrengthCategory;
import org.casebook.person.People;
import org.casebook.person.Person;
import org.casebook.person.PersonDetails;
import org.casebook.platform.UkDates;
import org.casebook.practice.AuditForm;
import org.casebook.practice.Audits;
import org.casebook.practice.PracticeAudit;
import org.casebook.practice.Principle;
import org.casebook.practice.RecordFigureMonths;
import org.casebook.security.Caller;

/**
 * Eighteen months of practice history for the North Locality Team, so that the practice culture
 * dashboard has a trend to show on a fresh demo: twelve more fictional people, about three signed
 * conversations a month from each of Sam and Priya, and Jo's case-file audits of the last twelve
 * months that have ended. Over the months the records change as a team's practice does: fewer
 * deficit words, more strengths, networks, community connections and goals in the person's own
 * words, and higher audit scores. Everything is made through the real services (so the figures are
 * counted as in real use), then moved back to the day it is meant to have happened. Every name is
 * made up; the choices are random but the same on every start.
 */
@ApplicationScoped
@Transactional
public class DemoCulture {

  private static final String CHANNEL = "Demo data";
  private static final int MONTHS = 18;
  private static final int AUDITED_MONTHS = 12;

  @PersistenceContext EntityManager em;
  @Inject People people;
  @Inject Conversations conversations;
  @Inject AssetLinks assetLinks;
  @Inject Audits audits;
  @Inject RecordFigureMonths figureMonths;
  @Inject Clock clock;

  /** A conversation made for the history, and when it is meant to have been signed. */
  private record Signed(long id, Caller worker, YearMonth month, LocalDateTime signedAt) {}

  /** Loads the history; the team, its two workers and its manager are already there. */
  public void load(Team north, Caller sam, Caller priya, Caller jo) {
    Random random = new Random(2026);
    LocalDate today = LocalDate.now(clock);
    List<Long> assets =
        em.createQuery(
                "select a.id from Asset a where a.retiredAt is null order by a.id", Long.class)
            .setMaxResults(40)
            .getResultList();
    Map<Caller, List<Long>> caseloads =
        Map.of(sam, people(sam, SAM_PEOPLE), priya, people(priya, PRIYA_PEOPLE));
    Set<String> linked = new HashSet<>();
    List<Signed> signed = new ArrayList<>();
    for (int ago = MONTHS - 1; ago >= 0; ago--) {
      YearMonth month = YearMonth.from(today).minusMonths(ago);
      double progress = (MONTHS - 1 - ago) / (double) (MONTHS - 1);
      for (Caller worker : List.of(sam, priya)) {
        List<Long> caseload = caseloads.get(worker);
        for (int k = 0; k < 3; k++) {
          LocalDate held = month.atDay(2 + 9 * k);
          if (held.isAfter(today)) {
            continue;
          }
          long personId = caseload.get((ago * 3 + k) % caseload.size());
          Conversation c = conversation(worker, personId, held, progress, random);
          if (!assets.isEmpty() && random.nextDouble() < 0.08 + 0.5 * progress) {
            connect(worker, c.getId(), personId, assets, linked, random);
          }
          LocalDateTime signedAt = held.plusDays(1).atTime(10, 0);
          LocalDateTime now = LocalDateTime.now(clock);
          signed.add(
              new Signed(
                  c.getId(),
                  worker,
                  month,
                  signedAt.isAfter(now) ? now.minusMinutes(5) : signedAt));
        }
      }
    }
    em.flush();
    for (Signed s : signed) {
      backdate(s);
    }
    // The month totals were added to this month as each record was signed: count every month of
    // the history again from the records' own figures.
    em.clear();
    for (int ago = 0; ago < MONTHS; ago++) {
      YearMonth month = YearMonth.from(today).minusMonths(ago);
      for (Caller worker : List.of(sam, priya)) {
        figureMonths.recount(north.getId(), month, worker.accountId());
      }
    }
    audit(signed, jo, random);
  }

  // --- people -----------------------------------------------------------------------------------

  private static final List<String[]> SAM_PEOPLE =
      List.of(
          new String[] {"Eileen Hughes", "Millbrook"},
          new String[] {"Kwame Owusu", "Canalside"},
          new String[] {"Siobhan Murphy", "Station"},
          new String[] {"George Turner", "Millbrook"},
          new String[] {"Amara Okafor", "Brook End"},
          new String[] {"Stanley Booth", "Market"});

  private static final List<String[]> PRIYA_PEOPLE =
      List.of(
          new String[] {"Olga Nowak", "Canalside"},
          new String[] {"Patrick Doyle", "Station"},
          new String[] {"Wei Zhang", "Market"},
          new String[] {"Jamal Ali", "Millbrook"},
          new String[] {"Meena Joshi", "Brook End"},
          new String[] {"Bernadette Reid", "Station"});

  private List<Long> people(Caller worker, List<String[]> names) {
    List<Long> ids = new ArrayList<>();
    for (String[] n : names) {
      Person p =
          people.create(
              worker,
              new PersonDetails(n[0], null, null, null, null, null, null, n[1], null, null),
              new People.Allocation(worker.accountId(), false, List.of()),
              CHANNEL);
      ids.add(p.getId());
    }
    return ids;
  }

  // --- conversations ----------------------------------------------------------------------------

  private static final List<String> THEIR_WORDS =
      List.of(
          "\"I want to get back to the allotment on a Saturday and see the lads.\"",
          "\"Cooking for my grandchildren when they come round. That's what I miss.\"",
          "\"Church on Sunday, and a proper chat afterwards.\"",
          "\"Getting the bus into town on my own again.\"",
          "\"Not having to ask my daughter for everything.\"",
          "\"Keeping Bella and walking her along the canal.\"");

  private static final List<String> ABOUT_THEM =
      List.of(
          "Wants help at home with shopping and cleaning.",
          "Needs a care package to stay at home.",
          "Needs support with personal care since coming out of hospital.");

  private static final List<String> WORKING =
      List.of(
          "Met at home with the kettle on. The neighbour from two doors down calls in most"
              + " mornings and takes the bins out on a Thursday. The daughter rings every evening"
              + " after work and does a big shop at the weekend. Medication is in a dosette box and"
              + " taken without prompting. The garden is still kept tidy, with help from a"
              + " grandson in the school holidays.",
          "We talked on the phone for about forty minutes. The local church runs a coffee morning"
              + " on Wednesdays and a friend from there gives lifts. The GP surgery has a social"
              + " prescriber who visited last month. Meals are mostly cooked from scratch, and"
              + " there is a freezer full of batch cooking from a sister who lives nearby.",
          "Visited with the son present for part of the time. Gets about the flat with a frame"
              + " and uses the lift to go down to the shop on the corner, where the staff know"
              + " everyone by name. Enjoys the radio and the crossword, and follows the cricket."
              + " A friend from the old bowls club phones on Sundays to talk about the results.",
          "Met at the library, which was the person's choice. Comes here three mornings a week to"
              + " use the computers and read the papers, and knows the volunteers well. Manages the"
              + " money and the bills online, with a nephew helping with anything official. Walks"
              + " most days along the canal path when the weather is dry.");

  private static final List<String> DEFICITS =
      List.of(
          "She suffers from arthritis and is housebound most days.",
          "He refuses to engage with the day centre and is non-compliant with his tablets.",
          "Wheelchair-bound and totally dependent on carers for meals.",
          "Lacks insight into the risks of living alone; the elderly gentleman was described by the"
              + " ward as a bed blocker.",
          "A vulnerable adult who is difficult to engage.");

  private static final List<String> PLAIN =
      List.of(
          "The day centre did not suit him: he said it was full of people he did not know.",
          "Getting up the hill to the bus stop is hard with the wheelchair.",
          "Afternoons are long since the lunch club closed for the summer.",
          "Her knees are painful in the mornings, so she plans outings for after lunch.",
          "He decided not to take the evening tablets because they make him drowsy; we talked"
              + " about asking the GP for another time of day.");

  private static final List<Strength> STRENGTHS =
      List.of(
          new Strength(StrengthCategory.SKILLS_AND_KNOWLEDGE, "Grew prize leeks for thirty years"),
          new Strength(
              StrengthCategory.PERSONAL_QUALITIES, "Patient and funny; puts people at ease"),
          new Strength(StrengthCategory.INTERESTS, "Loves Motown and dancing"),
          new Strength(
              StrengthCategory.CONTRIBUTIONS_TO_OTHERS, "Walks the neighbour's dog every morning"),
          new Strength(StrengthCategory.FAMILY, "Close to a granddaughter who visits on Sundays"),
          new Strength(StrengthCategory.COMMUNITY, "Known to everyone at the corner shop"));

  private static final List<String[]> NETWORK =
      List.of(
          new String[] {"Linda", "daughter", "FAMILY", "4"},
          new String[] {"Mo", "neighbour", "NEIGHBOURS", "3"},
          new String[] {"Father Tom", "parish priest", "COMMUNITY", "2"},
          new String[] {"Des", "friend from the allotments", "FRIENDS", "3"});

  private static final List<String> OWN_GOALS =
      List.of(
          "I want to get to the allotment every Saturday",
          "I'd like to cook Sunday dinner for the family again",
          "I want to go to the lunch club with Mo",
          "I want to take the bus into town by myself");

  private static final List<String> SERVICE_GOALS =
      List.of(
          "To attend the lunch club weekly",
          "Reduce social isolation",
          "Mr Doyle to use his bus pass",
          "Maintain independence at home");

  private Conversation conversation(
      Caller worker, long personId, LocalDate held, double progress, Random random) {
    ConversationKind kind =
        random.nextBoolean()
            ? ConversationKind.BUILD_A_GOOD_LIFE
            : ConversationKind.LISTEN_AND_CONNECT;
    Conversation c = conversations.start(worker, personId, kind, CHANNEL);
    ConversationNotes n = ConversationNotes.startingOn(held);
    n.setHeldOn(UkDates.forInput(held));
    n.setMode(random.nextInt(3) == 0 ? ContactMode.PHONE : ContactMode.VISIT);
    if (random.nextDouble() < 0.2 + 0.7 * progress) {
      n.setWhatMatters(pick(THEIR_WORDS, random));
      n.setWhatMattersTheirWords(true);
    } else {
      n.setWhatMatters(pick(ABOUT_THEM, random));
    }
    n.setWorking(pick(WORKING, random));
    List<String> notWorking = new ArrayList<>();
    int deficits = random.nextDouble() < 0.85 - 0.7 * progress ? 1 + random.nextInt(2) : 0;
    for (int i = 0; i < deficits; i++) {
      notWorking.add(pick(DEFICITS, random));
    }
    notWorking.add(pick(PLAIN, random));
    n.setNotWorking(String.join(" ", notWorking));
    if (random.nextDouble() < 0.35 + 0.55 * progress) {
      for (int i = 0, count = 1 + random.nextInt(3); i < count; i++) {
        Strength s = STRENGTHS.get((i + random.nextInt(STRENGTHS.size())) % STRENGTHS.size());
        n.getStrengths().add(new Strength(s.getCategory(), s.getDescription()));
      }
    }
    if (random.nextDouble() < 0.45 + 0.45 * progress) {
      for (int i = 0, count = 1 + random.nextInt(3); i < count; i++) {
        String[] m = NETWORK.get((i + random.nextInt(NETWORK.size())) % NETWORK.size());
        n.getNetwork()
            .add(new NetworkMember(m[0], m[1], NetworkGroup.valueOf(m[2]), Integer.valueOf(m[3])));
      }
    }
    if (random.nextDouble() < 0.6 + 0.3 * progress) {
      for (int i = 0, count = 1 + random.nextInt(2); i < count; i++) {
        boolean own = random.nextDouble() < 0.15 + 0.7 * progress;
        Goal g = new Goal(pick(own ? OWN_GOALS : SERVICE_GOALS, random));
        g.scaled(
            "Not at all",
            "Once or twice",
            "Most weeks",
            "Every week",
            "Every week, and helps others");
        n.getGoals().add(g);
      }
    }
    return conversations.finalise(worker, c.getId(), c.getVersion(), n, CHANNEL);
  }

  private void connect(
      Caller worker,
      long conversationId,
      long personId,
      List<Long> assets,
      Set<String> linked,
      Random random) {
    for (int tries = 0; tries < assets.size(); tries++) {
      long asset = assets.get(random.nextInt(assets.size()));
      if (linked.add(personId + ":" + asset)) {
        assetLinks.suggest(worker, conversationId, asset, "Talked it through together.", CHANNEL);
        return;
      }
    }
  }

  /** Moves a conversation (its signed version, its figures and its connections) back in time. */
  private void backdate(Signed s) {
    Timestamp at = Timestamp.valueOf(s.signedAt());
    Timestamp started = Timestamp.valueOf(s.signedAt().minusDays(1).withHour(9));
    for (String sql :
        List.of(
            "UPDATE conversation SET started_at = ?2, saved_at = ?1, finalised_at = ?1,"
                + " review_due = NULL WHERE id = ?3",
            "UPDATE conversation_revision SET made_at = ?1 WHERE conversation_id = ?3",
            "UPDATE asset_link SET created_at = ?1, updated_at = ?1 WHERE conversation_id = ?3",
            "UPDATE asset_link_step SET made_at = ?1 WHERE link_id IN"
                + " (SELECT id FROM asset_link WHERE conversation_id = ?3)")) {
      em.createNativeQuery(sql)
          .setParameter(1, at)
          .setParameter(2, started)
          .setParameter(3, s.id())
          .executeUpdate();
    }
    em.createNativeQuery(
            "UPDATE record_figure SET record_month = ?1, computed_at = ?2"
                + " WHERE conversation_id = ?3")
        .setParameter(1, java.sql.Date.valueOf(s.month().atDay(1)))
        .setParameter(2, at)
        .setParameter(3, s.id())
        .executeUpdate();
  }

  // --- audits -----------------------------------------------------------------------------------

  private static final List<String> EARLY_FEEDBACK =
      List.of(
          "Thank you. The record tells me what help is needed but not much about who the person"
              + " is. Next time, ask what a good day looks like and write the answer in their words.",
          "Clear and quick to read. I could not find the person's strengths or the people around"
              + " them: who could we ask before we arrange paid help?");

  private static final List<String> LATER_FEEDBACK =
      List.of(
          "A record to be proud of: you can hear the person's voice throughout, and the connection"
              + " to the lunch club came from what they told you.",
          "Good to see the network explored and the goal written as it was said. The language is"
              + " plain and respectful.");

  private static final List<String> RESPONSES =
      List.of(
          "Thanks. I'll try asking about a good day first next time.",
          "That's helpful. I'll bring this one to supervision to talk through the network part.",
          "Thank you. I was pleased with this one.");

  /** Jo's audits: two records of each worker a month, for the last twelve months that ended. */
  private void audit(List<Signed> signed, Caller jo, Random random) {
    YearMonth now = YearMonth.now(clock);
    List<long[]> sent = new ArrayList<>();
    for (int ago = AUDITED_MONTHS; ago >= 1; ago--) {
      YearMonth month = now.minusMonths(ago);
      double progress = (MONTHS - 1 - ago) / (double) (MONTHS - 1);
      for (Caller worker : signed.stream().map(Signed::worker).distinct().toList()) {
        List<Signed> theirs =
            signed.stream()
                .filter(s -> s.month().equals(month) && s.worker().equals(worker))
                .limit(2)
                .toList();
        for (Signed s : theirs) {
          PracticeAudit a = audits.add(jo, s.id());
          a = audits.send(jo, a.getId(), a.getVersion(), form(progress, random), CHANNEL);
          if (ago > 1) {
            a = audits.respond(worker, a.getId(), a.getVersion(), pick(RESPONSES, random));
          }
          sent.add(new long[] {a.getId(), ago});
        }
      }
    }
    em.flush();
    for (long[] a : sent) {
      LocalDateTime added = now.minusMonths(a[1] - 1).atDay(3).atTime(9, 30);
      LocalDateTime latest = LocalDateTime.now(clock).minusMinutes(10);
      if (added.isAfter(latest)) {
        added = latest.minusHours(2);
      }
      backdateAudit(a[0], added, added.plusHours(1), added.plusDays(3));
    }
  }

  private AuditForm form(double progress, Random random) {
    Map<Principle, Integer> scores = new EnumMap<>(Principle.class);
    double[] leaning = {0.2, 0.3, 0, -0.3, -0.1, -0.4, 0.1};
    for (Principle p : Principle.values()) {
      double score = 1.5 + 2.2 * progress + leaning[p.ordinal()] + random.nextDouble() - 0.5;
      scores.put(
          p, (int) Math.max(Principle.LOWEST, Math.min(Principle.HIGHEST, Math.round(score))));
    }
    return new AuditForm(
        scores, Map.of(), pick(progress < 0.5 ? EARLY_FEEDBACK : LATER_FEEDBACK, random));
  }

  /** Moves an audit's steps back to the days after its month ended. */
  private void backdateAudit(
      long id, LocalDateTime added, LocalDateTime sent, LocalDateTime responded) {
    LocalDateTime now = LocalDateTime.now(clock);
    Timestamp answered = Timestamp.valueOf(responded.isAfter(now) ? now : responded);
    em.createNativeQuery(
            "UPDATE practice_audit SET created_at = ?1, feedback_at = ?2,"
                + " responded_at = CASE WHEN responded_at IS NULL THEN NULL ELSE ?3 END"
                + " WHERE id = ?4")
        .setParameter(1, Timestamp.valueOf(added))
        .setParameter(2, Timestamp.valueOf(sent))
        .setParameter(3, answered)
        .setParameter(4, id)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE practice_audit_step SET made_at = CASE step WHEN 'FEEDBACK_SENT' THEN ?2"
                + " WHEN 'RESPONDED' THEN ?3 ELSE ?1 END WHERE audit_id = ?4")
        .setParameter(1, Timestamp.valueOf(added))
        .setParameter(2, Timestamp.valueOf(sent))
        .setParameter(3, answered)
        .setParameter(4, id)
        .executeUpdate();
  }

  private static <T> T pick(List<T> from, Random random) {
    return from.get(random.nextInt(from.size()));
  }
}
