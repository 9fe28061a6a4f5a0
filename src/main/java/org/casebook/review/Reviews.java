package org.casebook.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.asset.AssetLink;
import org.casebook.asset.LinkStatus;
import org.casebook.audit.AccessAction;
import org.casebook.audit.AccessLog;
import org.casebook.contact.Contacts;
import org.casebook.contact.FrontDoorSettings;
import org.casebook.contact.Resolution;
import org.casebook.contact.Sustainability;
import org.casebook.conversation.Conversation;
import org.casebook.conversation.ConversationNotes;
import org.casebook.conversation.ConversationStatus;
import org.casebook.conversation.Goal;
import org.casebook.person.People;
import org.casebook.person.Person;
import org.casebook.person.PersonAccess;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.FieldsRefused;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.Texts;
import org.casebook.security.Caller;
import org.casebook.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reviews of signed conversations with goals: the worklist of reviews due, recording a review (goal
 * attainment with its T-score, Key Human Indicators, connections still in use, and the resolution),
 * and reading reviews back. The same access rules as the person's record; every view and change is
 * written to the access log.
 */
@ApplicationScoped
@Transactional
public class Reviews {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject People people;
  @Inject AccessLog accessLog;
  @Inject Contacts contacts;
  @Inject FrontDoorSettings settings;

  @Inject
  @ConfigProperty(name = "casebook.reviews.due-soon-days", defaultValue = "14")
  int dueSoonDays;

  /** What the review form needs: the person, the conversation's goals, connections and more. */
  public record Start(
      Person person,
      Conversation conversation,
      List<Goal> goals,
      List<AssetLink> links,
      Khi firstKhi,
      List<LocalDate> requestsBegan,
      Review existing) {
    public Person getPerson() {
      return person;
    }

    public Conversation getConversation() {
      return conversation;
    }

    public List<Goal> getGoals() {
      return goals;
    }

    public List<AssetLink> getLinks() {
      return links;
    }

    public Khi getFirstKhi() {
      return firstKhi;
    }

    public Review getExisting() {
      return existing;
    }
  }

  /** Opens a signed conversation with goals for review; the opening is logged. */
  public Start start(Caller caller, long conversationId, String channel) {
    Conversation conversation = signedWithGoals(conversationId);
    Person person = people.visible(caller, conversation.getPersonId());
    accessLog.record(caller, person.getId(), conversationId, AccessAction.VIEWED, channel);
    return new Start(
        person,
        conversation,
        conversation.notes().getGoals(),
        linksInPlay(person.getId()),
        firstKhi(person.getId()),
        contacts.requestsBegan(caller, person.getId()),
        reviewOf(conversationId));
  }

  /** Records the review. Refused, with every problem by field, if anything must be put right. */
  public Review record(Caller caller, long conversationId, ReviewDetails details, String channel) {
    Conversation conversation = signedWithGoals(conversationId);
    Person person = people.visible(caller, conversation.getPersonId());
    if (reviewOf(conversationId) != null) {
      throw new RuleViolation("review.already");
    }
    List<Goal> goals = conversation.notes().getGoals();
    Map<String, FieldProblem> problems = new LinkedHashMap<>();
    if (details.goals().size() != goals.size()) {
      throw new RuleViolation("review.goalsChanged");
    }
    problems.putAll(details.problems(LocalDate.now(clock)));
    if (!problems.isEmpty()) {
      throw new FieldsRefused(problems);
    }
    List<ReviewGoal> reviewed = new ArrayList<>();
    List<Integer> levels = new ArrayList<>();
    for (int i = 0; i < goals.size(); i++) {
      Goal goal = goals.get(i);
      ReviewDetails.GoalReached reached = details.goals().get(i);
      if (!goal.getKey().equals(reached.key())) {
        throw new RuleViolation("review.goalsChanged");
      }
      reviewed.add(
          new ReviewGoal(
              goal.getKey(),
              Texts.isBlank(goal.getWords()) ? "" : goal.getWords(),
              goal.getWeight() == null ? 1 : goal.getWeight(),
              reached.level(),
              Texts.keepLines(reached.comment())));
      levels.add(reached.level());
    }
    List<AssetLink> links = linksInPlay(person.getId());
    Set<Long> inUse = details.assetsInUse() == null ? Set.of() : details.assetsInUse();
    List<ReviewAsset> assets = new ArrayList<>();
    for (AssetLink link : links) {
      boolean used = inUse.contains(link.getId());
      assets.add(new ReviewAsset(link.getId(), used));
      if (used && link.getStatus() != LinkStatus.STILL_ENGAGED) {
        link.moveTo(LinkStatus.STILL_ENGAGED, null, caller.username(), clock.instant());
      }
    }
    LocalDate heldOn = details.date().orElseThrow();
    Review review =
        new Review(
            new Review.Subject(
                person.getId(),
                conversationId,
                person.getTeam().getId(),
                caller.accountId(),
                person.getWard()),
            heldOn,
            reviewed,
            details.khi(),
            Texts.keepLines(details.khiWords()),
            firstKhi(person.getId()),
            assets,
            Texts.keepLines(details.notes()),
            caller.username(),
            clock.instant());
    em.persist(review);
    try {
      em.flush();
    } catch (jakarta.persistence.PersistenceException e) {
      // The unique index on the conversation: a colleague recorded its review a moment ago.
      throw new RuleViolation("review.already");
    }
    if (details.resolved()) {
      boolean suggested =
          Sustainability.suggested(
              levels,
              conversation.getHeldOn() == null ? heldOn : conversation.getHeldOn(),
              contacts.requestsBegan(caller, person.getId()),
              settings.windowMonths());
      contacts.resolveAtReview(
          caller, person.getId(), review.getId(), details.resolution(), suggested, "");
    }
    accessLog.record(caller, person.getId(), conversationId, AccessAction.RECORDED_REVIEW, channel);
    return review;
  }

  /** A recorded review as read: with the person, its resolution and the connections it named. */
  public record Reading(
      Review review, Person person, Resolution resolution, Map<Long, AssetLink> links) {
    public Review getReview() {
      return review;
    }

    public Person getPerson() {
      return person;
    }

    public Resolution getResolution() {
      return resolution;
    }

    public Map<Long, AssetLink> getLinks() {
      return links;
    }
  }

  /** A recorded review, for reading; the opening is logged. */
  public Reading view(Caller caller, long reviewId, String channel) {
    Review review = em.find(Review.class, reviewId);
    if (review == null) {
      throw new NotFound("review");
    }
    Person person = people.visible(caller, review.getPersonId());
    accessLog.record(
        caller,
        review.getPersonId(),
        review.getConversationId(),
        AccessAction.VIEWED_REVIEW,
        channel);
    Resolution resolution =
        em.createQuery("select r from Resolution r where r.reviewId = :r", Resolution.class)
            .setParameter("r", reviewId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    Map<Long, AssetLink> links = new LinkedHashMap<>();
    for (ReviewAsset a : review.getAssets()) {
      AssetLink link = em.find(AssetLink.class, a.getAssetLinkId());
      if (link != null) {
        links.put(link.getId(), link);
      }
    }
    return new Reading(review, person, resolution, links);
  }

  /** The person's reviews, most recent first. */
  public List<Review> forPerson(Caller caller, long personId) {
    people.visible(caller, personId);
    return em.createQuery(
            "select r from Review r where r.personId = :p order by r.heldOn desc, r.id desc",
            Review.class)
        .setParameter("p", personId)
        .getResultList();
  }

  /**
   * The person's review still to do: their latest signed conversation with a review date and no
   * review yet, if there is one.
   */
  public java.util.Optional<Conversation> pending(Caller caller, long personId) {
    people.visible(caller, personId);
    return em.createQuery(
            "select c from Conversation c where c.personId = :p and c.status = :final"
                + " and c.reviewDue is not null order by c.heldOn desc, c.id desc",
            Conversation.class)
        .setParameter("p", personId)
        .setParameter("final", ConversationStatus.FINAL)
        .setMaxResults(1)
        .getResultStream()
        .filter(c -> reviewOf(c.getId()) == null)
        .findFirst();
  }

  /** Moves a conversation's review to another day (typed as people write dates). */
  public Conversation moveDue(Caller caller, long conversationId, String typed, String channel) {
    Conversation conversation = signedWithGoals(conversationId);
    people.visible(caller, conversation.getPersonId());
    if (reviewOf(conversationId) != null) {
      throw new RuleViolation("review.already");
    }
    LocalDate due =
        org.casebook.platform.UkDates.parse(typed == null ? "" : typed)
            .orElseThrow(
                () ->
                    new FieldsRefused(Map.of("reviewDue", new FieldProblem("field.date.invalid"))));
    conversation.moveReview(due);
    em.flush();
    accessLog.record(
        caller,
        conversation.getPersonId(),
        conversationId,
        AccessAction.MOVED_REVIEW_DATE,
        channel);
    return conversation;
  }

  /** One review on the worklist. */
  public record Due(
      long conversationId,
      long personId,
      String knownAs,
      LocalDate heldOn,
      LocalDate reviewDue,
      boolean overdue,
      String worker) {
    public long getConversationId() {
      return conversationId;
    }

    public long getPersonId() {
      return personId;
    }

    public String getKnownAs() {
      return knownAs;
    }

    public LocalDate getHeldOn() {
      return heldOn;
    }

    public LocalDate getReviewDue() {
      return reviewDue;
    }

    public boolean isOverdue() {
      return overdue;
    }

    public String getWorker() {
      return worker;
    }
  }

  /**
   * Reviews due within the next fortnight (configurable) or overdue, earliest first: a social
   * worker sees the people they lead or whose conversation they signed; a team manager sees the
   * whole team. Only the latest signed conversation with goals counts for each person.
   */
  public List<Due> worklist(Caller caller) {
    caller.require(Role.SOCIAL_WORKER, Role.TEAM_MANAGER);
    LocalDate today = LocalDate.now(clock);
    String mine =
        caller.role() == Role.SOCIAL_WORKER
            ? " and (p.leadWorker.id = :me or c.finalisedBy = :username)"
            : "";
    var query =
        em.createQuery(
                "select c, p from Conversation c, Person p where p.id = c.personId"
                    + " and c.status = :final and c.reviewDue is not null and c.reviewDue <= :until"
                    + " and p.team.id = :team"
                    + mine
                    + " and not exists (select r.id from Review r where r.conversationId = c.id)"
                    + " and not exists (select d.id from Conversation d where d.personId ="
                    + " c.personId and d.status = :final and d.reviewDue is not null"
                    + " and (d.heldOn > c.heldOn or (d.heldOn = c.heldOn and d.id > c.id)))"
                    + " order by c.reviewDue, c.id",
                Object[].class)
            .setParameter("final", ConversationStatus.FINAL)
            .setParameter("until", today.plusDays(dueSoonDays))
            .setParameter("team", caller.teamId());
    if (!mine.isEmpty()) {
      query.setParameter("me", caller.accountId()).setParameter("username", caller.username());
    }
    List<Due> due = new ArrayList<>();
    for (Object[] row : query.getResultList()) {
      Conversation c = (Conversation) row[0];
      Person p = (Person) row[1];
      if (!PersonAccess.canOpen(caller, p)) {
        continue;
      }
      due.add(
          new Due(
              c.getId(),
              p.getId(),
              p.getKnownAs(),
              c.getHeldOn(),
              c.getReviewDue(),
              c.getReviewDue().isBefore(today),
              p.getLeadWorker() == null ? null : p.getLeadWorker().getDisplayName()));
    }
    return due;
  }

  private Conversation signedWithGoals(long conversationId) {
    Conversation conversation = em.find(Conversation.class, conversationId);
    if (conversation == null) {
      throw new NotFound("conversation");
    }
    if (!conversation.isFinal() || conversation.notes().getGoals().isEmpty()) {
      throw new RuleViolation("review.needsGoals");
    }
    return conversation;
  }

  private Review reviewOf(long conversationId) {
    return em.createQuery("select r from Review r where r.conversationId = :c", Review.class)
        .setParameter("c", conversationId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The person's connections that could still be in use (not those found not suitable). */
  private List<AssetLink> linksInPlay(long personId) {
    return em.createQuery(
            "select l from AssetLink l where l.personId = :p and l.status <> :no"
                + " order by l.createdAt, l.id",
            AssetLink.class)
        .setParameter("p", personId)
        .setParameter("no", LinkStatus.NOT_SUITABLE)
        .getResultList();
  }

  /**
   * The person's first Key Human Indicators: from the earliest signed conversation that recorded
   * them, or failing that the earliest review.
   */
  Khi firstKhi(long personId) {
    List<Conversation> signed =
        em.createQuery(
                "select c from Conversation c where c.personId = :p and c.status = :final"
                    + " order by c.heldOn, c.id",
                Conversation.class)
            .setParameter("p", personId)
            .setParameter("final", ConversationStatus.FINAL)
            .getResultList();
    for (Conversation c : signed) {
      ConversationNotes n = c.notes();
      if (n.isKhiRecorded()) {
        return new Khi(n.getKhiPeople(), n.getKhiControl(), n.getKhiConnected());
      }
    }
    for (Review r :
        em.createQuery(
                "select r from Review r where r.personId = :p order by r.heldOn, r.id",
                Review.class)
            .setParameter("p", personId)
            .getResultList()) {
      if (r.khi().isRecorded()) {
        return r.khi();
      }
    }
    return Khi.NONE;
  }
}
