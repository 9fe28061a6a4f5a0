package org.casebook.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casebook.audit.AccessAction;
import org.casebook.audit.AccessLog;
import org.casebook.person.People;
import org.casebook.person.Person;
import org.casebook.platform.EditConflict;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.UkDates;
import org.casebook.security.Caller;
import org.casebook.security.Role;

/**
 * Good-life conversations: starting, autosaving drafts, finalising, addenda, and the actions agreed
 * in them. Every method takes the caller and applies the person's access rule (see {@link
 * People#visible}); every opening of a conversation is written to the access log.
 */
@ApplicationScoped
@Transactional
public class Conversations {

  /** The most a draft may hold, all fields together, so one request cannot fill the database. */
  public static final int DRAFT_MAX_CHARACTERS = 2_000_000;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "casebook.reviews.after-months",
      defaultValue = "3")
  int reviewAfterMonths;

  @Inject AccessLog accessLog;
  @Inject People people;
  @Inject jakarta.enterprise.event.Event<RecordChanged> changed;
  @Inject org.casebook.account.Accounts accounts;

  /** A conversation in a list: no notes, so lists stay light. */
  public record Summary(
      long id,
      long personId,
      ConversationKind kind,
      ConversationStatus status,
      LocalDate heldOn,
      ContactMode mode,
      String startedBy,
      Instant startedAt,
      String savedBy,
      Instant savedAt,
      String finalisedBy,
      Instant finalisedAt,
      int revisionCount) {

    public boolean isDraft() {
      return status == ConversationStatus.DRAFT;
    }

    // Bean-style getters: pages read these (Jakarta EL 5 does not know record components).

    public long getId() {
      return id;
    }

    public ConversationKind getKind() {
      return kind;
    }

    public ConversationStatus getStatus() {
      return status;
    }

    public LocalDate getHeldOn() {
      return heldOn;
    }

    public String getStartedBy() {
      return startedBy;
    }

    public Instant getStartedAt() {
      return startedAt;
    }

    public String getSavedBy() {
      return savedBy;
    }

    public Instant getSavedAt() {
      return savedAt;
    }

    public String getFinalisedBy() {
      return finalisedBy;
    }

    public boolean isCorrected() {
      return revisionCount > 1;
    }
  }

  /** A draft on the caller's list, with whose it is. */
  public record Draft(Summary conversation, long personId, String personName) {}

  /** An agreed action on a list, with whose it is. */
  public record ActionItem(TrackedAction action, String personName) {}

  /** One person on a worker's caseload, with what needs attention. */
  public record CaseloadEntry(
      Person person,
      LocalDate lastConversation,
      long drafts,
      long openActions,
      long overdueActions,
      LocalDate nextDue) {

    /** Lower comes first: overdue actions, then drafts, then actions due soon, then the rest. */
    int urgency(LocalDate today) {
      if (overdueActions > 0) {
        return 0;
      }
      if (drafts > 0) {
        return 1;
      }
      if (nextDue != null && !nextDue.isAfter(today.plusDays(14))) {
        return 2;
      }
      if (lastConversation == null) {
        return 3;
      }
      return 4;
    }
  }

  /**
   * Starts a new conversation with the person. A "build a good life" or "work intensively"
   * conversation starts from what the latest signed one found (strengths, network, goals), so
   * nothing is typed twice.
   */
  public Conversation start(Caller caller, long personId, ConversationKind kind, String channel) {
    requireWorksWithPeople(caller);
    people.visible(caller, personId);
    LocalDate today = LocalDate.now(clock);
    ConversationNotes notes =
        latestFinalEntity(personId)
            .map(c -> c.notes().carriedForward(today))
            .orElseGet(() -> ConversationNotes.startingOn(today));
    Conversation conversation =
        new Conversation(personId, kind, notes, caller.username(), clock.instant());
    em.persist(conversation);
    em.flush();
    accessLog.record(
        caller, personId, conversation.getId(), AccessAction.STARTED_CONVERSATION, channel);
    return conversation;
  }

  /** Opens a conversation to read or carry on with; the opening is logged. */
  public Conversation open(Caller caller, long id, String channel) {
    Conversation conversation = visible(caller, id);
    conversation.getRevisions().size();
    accessLog.record(
        caller, conversation.getPersonId(), id, AccessAction.VIEWED_CONVERSATION, channel);
    return conversation;
  }

  /** The person whose conversation it is, for headings; checks access but logs nothing more. */
  public Person personOf(Caller caller, Conversation conversation) {
    return people.visible(caller, conversation.getPersonId());
  }

  /**
   * Saves a draft as it stands, from the version the caller last saw. If someone else saved in
   * between, {@link EditConflict} is thrown and nothing is overwritten.
   *
   * @return the new version
   */
  public int saveDraft(Caller caller, long id, int version, ConversationNotes notes) {
    Conversation conversation = visible(caller, id);
    requireVersion(conversation, version);
    requireSize(notes);
    conversation.saveDraft(notes, caller.username(), clock.instant());
    flush();
    return conversation.getVersion();
  }

  /** Signs the conversation. Problems come back as {@link NotesRefused}, field by field. */
  public Conversation finalise(
      Caller caller, long id, int version, ConversationNotes notes, String channel) {
    Conversation conversation = visible(caller, id);
    requireVersion(conversation, version);
    requireSize(notes);
    conversation.finalise(notes, caller.username(), clock.instant(), LocalDate.now(clock));
    conversation.scheduleReview(reviewAfterMonths, LocalDate.now(clock));
    flush();
    trackActions(conversation);
    changed.fire(new RecordChanged(id));
    accessLog.record(
        caller, conversation.getPersonId(), id, AccessAction.FINALISED_CONVERSATION, channel);
    return conversation;
  }

  /** Corrects a signed conversation with a reason; every earlier version is kept. */
  public Conversation addAddendum(
      Caller caller,
      long id,
      int version,
      String reason,
      ConversationNotes corrected,
      String channel) {
    Conversation conversation = visible(caller, id);
    requireVersion(conversation, version);
    requireSize(corrected);
    conversation.addAddendum(
        reason, corrected, caller.username(), clock.instant(), LocalDate.now(clock));
    conversation.scheduleReview(reviewAfterMonths, LocalDate.now(clock));
    flush();
    trackActions(conversation);
    changed.fire(new RecordChanged(id));
    accessLog.record(caller, conversation.getPersonId(), id, AccessAction.ADDED_ADDENDUM, channel);
    return conversation;
  }

  /**
   * Deletes a draft started by mistake. Only the worker who started it, or a team manager, may; a
   * signed conversation is never deleted.
   */
  public void discardDraft(Caller caller, long id, int version, String channel) {
    Conversation conversation = visible(caller, id);
    if (conversation.isFinal()) {
      throw new RuleViolation("conversation.final");
    }
    if (!caller.is(Role.TEAM_MANAGER) && !caller.username().equals(conversation.getStartedBy())) {
      throw new Caller.AccessDenied();
    }
    requireVersion(conversation, version);
    em.remove(conversation);
    flush();
    accessLog.record(caller, conversation.getPersonId(), id, AccessAction.DISCARDED_DRAFT, channel);
  }

  /**
   * What goes into the person's "My plan": the latest text of a finalised conversation, written to
   * the person by name, with who wrote it with them. The download is logged.
   */
  public MyPlan.Plan plan(Caller caller, long id, String channel) {
    Conversation conversation = visible(caller, id);
    if (!conversation.isFinal()) {
      throw new NotFound("plan");
    }
    Person person = people.visible(caller, conversation.getPersonId());
    var worker = accounts.findByUsername(conversation.getFinalisedBy());
    accessLog.record(caller, person.getId(), id, AccessAction.DOWNLOADED_PLAN, channel);
    return new MyPlan.Plan(
        person.getKnownAs(),
        person.getFullName(),
        conversation.getHeldOn(),
        worker.map(a -> a.getDisplayName()).orElse(null),
        worker.map(a -> a.getTeam() == null ? null : a.getTeam().getName()).orElse(null),
        conversation.notes());
  }

  /** The person's conversations, newest first, drafts included. */
  public List<Summary> forPerson(Caller caller, long personId) {
    requireWorksWithPeople(caller);
    people.visible(caller, personId);
    return summaries(
        "select "
            + SUMMARY_COLUMNS
            + " from Conversation c where c.personId = :p"
            + " order by c.heldOn desc, c.startedAt desc, c.id desc",
        Map.of("p", personId));
  }

  /**
   * The latest signed conversation, which the person's page shows at a glance. The page that shows
   * it has already logged the view of the person.
   */
  public Optional<Conversation> latestFinal(Caller caller, long personId) {
    requireWorksWithPeople(caller);
    people.visible(caller, personId);
    return latestFinalEntity(personId);
  }

  /** Every version of a signed conversation, oldest first. */
  public List<ConversationRevision> history(Caller caller, long id) {
    Conversation conversation = visible(caller, id);
    return List.copyOf(conversation.getRevisions());
  }

  /** Drafts the caller started, newest first, for people they can still see. */
  public List<Draft> myDrafts(Caller caller) {
    requireWorksWithPeople(caller);
    List<Object[]> rows =
        em.createQuery(
                "select "
                    + SUMMARY_COLUMNS
                    + ", p from Conversation c, Person p where p.id = c.personId"
                    + " and c.status = :draft and c.startedBy = :me order by c.savedAt desc",
                Object[].class)
            .setParameter("draft", ConversationStatus.DRAFT)
            .setParameter("me", caller.username())
            .setMaxResults(200)
            .getResultList();
    List<Draft> drafts = new ArrayList<>();
    for (Object[] row : rows) {
      Person person = (Person) row[13];
      if (org.casebook.person.PersonAccess.canOpen(caller, person)) {
        drafts.add(new Draft(summary(row), person.getId(), person.getKnownAs()));
      }
    }
    return drafts;
  }

  /** The person's agreed actions: open ones first by date due, then those done. */
  public List<TrackedAction> actions(Caller caller, long personId) {
    requireWorksWithPeople(caller);
    people.visible(caller, personId);
    List<TrackedAction> actions =
        new ArrayList<>(
            em.createQuery(
                    "select a from TrackedAction a where a.personId = :p", TrackedAction.class)
                .setParameter("p", personId)
                .getResultList());
    actions.sort(actionOrder());
    return actions;
  }

  /** Open actions on the caller's caseload due within the next fortnight or overdue. */
  public List<ActionItem> actionsDue(Caller caller) {
    requireWorksWithPeople(caller);
    List<Person> mine = people.mine(caller);
    if (mine.isEmpty()) {
      return List.of();
    }
    Map<Long, Person> byId = new HashMap<>();
    mine.forEach(p -> byId.put(p.getId(), p));
    LocalDate horizon = LocalDate.now(clock).plusDays(14);
    List<ActionItem> due = new ArrayList<>();
    for (TrackedAction a :
        em.createQuery(
                "select a from TrackedAction a where a.personId in :ids and a.doneAt is null"
                    + " and a.dueOn is not null and a.dueOn <= :horizon order by a.dueOn, a.id",
                TrackedAction.class)
            .setParameter("ids", byId.keySet())
            .setParameter("horizon", horizon)
            .getResultList()) {
      due.add(new ActionItem(a, byId.get(a.getPersonId()).getKnownAs()));
    }
    return due;
  }

  /** Ticks an action off (or takes the tick back), from the version the caller saw. */
  public TrackedAction markAction(
      Caller caller, long actionId, int version, boolean done, String channel) {
    requireWorksWithPeople(caller);
    TrackedAction action = em.find(TrackedAction.class, actionId);
    if (action == null) {
      throw new NotFound("action");
    }
    people.visible(caller, action.getPersonId());
    if (action.getVersion() != version) {
      throw new EditConflict("action");
    }
    if (done) {
      action.markDone(caller.username(), clock.instant());
    } else {
      action.reopen();
    }
    flush();
    accessLog.record(
        caller,
        action.getPersonId(),
        action.getConversationId(),
        AccessAction.UPDATED_ACTION,
        channel);
    return action;
  }

  /** The caller's people with what needs attention first: overdue actions, drafts, actions due. */
  public List<CaseloadEntry> caseload(Caller caller) {
    requireWorksWithPeople(caller);
    List<Person> mine = people.mine(caller);
    if (mine.isEmpty()) {
      return List.of();
    }
    Set<Long> ids = new HashSet<>();
    mine.forEach(p -> ids.add(p.getId()));
    LocalDate today = LocalDate.now(clock);
    Map<Long, LocalDate> last = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select c.personId, max(c.heldOn) from Conversation c"
                    + " where c.personId in :ids and c.status = :final group by c.personId",
                Object[].class)
            .setParameter("ids", ids)
            .setParameter("final", ConversationStatus.FINAL)
            .getResultList()) {
      last.put((Long) row[0], (LocalDate) row[1]);
    }
    Map<Long, Long> drafts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select c.personId, count(c) from Conversation c"
                    + " where c.personId in :ids and c.status = :draft group by c.personId",
                Object[].class)
            .setParameter("ids", ids)
            .setParameter("draft", ConversationStatus.DRAFT)
            .getResultList()) {
      drafts.put((Long) row[0], (Long) row[1]);
    }
    Map<Long, long[]> open = new HashMap<>();
    Map<Long, LocalDate> nextDue = new HashMap<>();
    for (TrackedAction a :
        em.createQuery(
                "select a from TrackedAction a where a.personId in :ids and a.doneAt is null",
                TrackedAction.class)
            .setParameter("ids", ids)
            .getResultList()) {
      long[] counts = open.computeIfAbsent(a.getPersonId(), k -> new long[2]);
      counts[0]++;
      if (a.isOverdue(today)) {
        counts[1]++;
      }
      if (a.getDueOn() != null) {
        nextDue.merge(a.getPersonId(), a.getDueOn(), (x, y) -> x.isBefore(y) ? x : y);
      }
    }
    List<CaseloadEntry> entries = new ArrayList<>();
    for (Person p : mine) {
      long[] counts = open.getOrDefault(p.getId(), new long[2]);
      entries.add(
          new CaseloadEntry(
              p,
              last.get(p.getId()),
              drafts.getOrDefault(p.getId(), 0L),
              counts[0],
              counts[1],
              nextDue.get(p.getId())));
    }
    entries.sort(
        Comparator.<CaseloadEntry>comparingInt(e -> e.urgency(today))
            .thenComparing(CaseloadEntry::nextDue, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(
                CaseloadEntry::lastConversation, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(e -> e.person().getFullName()));
    return entries;
  }

  // --- inside -----------------------------------------------------------------------------------

  private Conversation visible(Caller caller, long id) {
    requireWorksWithPeople(caller);
    Conversation conversation = em.find(Conversation.class, id);
    if (conversation == null) {
      throw new NotFound("conversation");
    }
    people.visible(caller, conversation.getPersonId());
    return conversation;
  }

  private Optional<Conversation> latestFinalEntity(long personId) {
    return em.createQuery(
            "select c from Conversation c where c.personId = :p and c.status = :final"
                + " order by c.heldOn desc, c.finalisedAt desc, c.id desc",
            Conversation.class)
        .setParameter("p", personId)
        .setParameter("final", ConversationStatus.FINAL)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The columns of a {@link Summary}: lists never read the notes, which can be long. */
  private static final String SUMMARY_COLUMNS =
      "c.id, c.personId, c.kind, c.status, c.heldOn, c.mode, c.startedBy, c.startedAt,"
          + " c.savedBy, c.savedAt, c.finalisedBy, c.finalisedAt, c.revisionCount";

  private List<Summary> summaries(String jpql, Map<String, Object> parameters) {
    var query = em.createQuery(jpql, Object[].class);
    parameters.forEach(query::setParameter);
    return query.getResultStream().map(Conversations::summary).toList();
  }

  private static Summary summary(Object[] r) {
    return new Summary(
        (Long) r[0],
        (Long) r[1],
        (ConversationKind) r[2],
        (ConversationStatus) r[3],
        (LocalDate) r[4],
        (ContactMode) r[5],
        (String) r[6],
        (Instant) r[7],
        (String) r[8],
        (Instant) r[9],
        (String) r[10],
        (Instant) r[11],
        (Integer) r[12]);
  }

  /**
   * Keeps the tracked actions in step with the signed text: new ones added, changed ones reworded.
   */
  private void trackActions(Conversation conversation) {
    ConversationNotes notes = conversation.notes();
    Map<String, TrackedAction> existing = new HashMap<>();
    em.createQuery("select a from TrackedAction a where a.conversationId = :c", TrackedAction.class)
        .setParameter("c", conversation.getId())
        .getResultList()
        .forEach(a -> existing.put(a.getActionKey(), a));
    for (AgreedAction agreed : notes.getActions()) {
      TrackedAction tracked = existing.remove(agreed.getKey());
      if (tracked == null) {
        tracked =
            new TrackedAction(conversation.getId(), conversation.getPersonId(), agreed.getKey());
        em.persist(tracked);
      }
      tracked.describe(
          agreed.getOwner(),
          ownerName(notes, agreed),
          agreed.getWhat(),
          UkDates.parse(agreed.getByWhen()).orElse(null));
    }
    existing.values().forEach(em::remove);
  }

  private static String ownerName(ConversationNotes notes, AgreedAction action) {
    if (action.getOwner() == ActionOwner.NETWORK_MEMBER) {
      return notes.member(action.getNetworkKey()).map(NetworkMember::getLabel).orElse(null);
    }
    return action.getOwner() == ActionOwner.COMMUNITY_GROUP ? action.getOwnerName() : null;
  }

  static Comparator<TrackedAction> actionOrder() {
    return Comparator.comparing(TrackedAction::isDone)
        .thenComparing(TrackedAction::getDueOn, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(TrackedAction::getId);
  }

  private static void requireVersion(Conversation conversation, int version) {
    if (conversation.getVersion() != version) {
      throw new EditConflict("conversation");
    }
  }

  private static void requireSize(ConversationNotes notes) {
    if (NotesJson.write(notes).length() > DRAFT_MAX_CHARACTERS) {
      throw new RuleViolation("conversation.tooBig");
    }
  }

  private void flush() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new EditConflict("conversation");
    }
  }

  private static void requireWorksWithPeople(Caller caller) {
    if (!caller.role().worksWithPeople() || caller.teamId() == null) {
      throw new Caller.AccessDenied();
    }
  }
}
