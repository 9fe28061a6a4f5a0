package org.casebook.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casebook.account.Account;
import org.casebook.audit.AccessAction;
import org.casebook.audit.AccessLog;
import org.casebook.conversation.Conversation;
import org.casebook.conversation.ConversationKind;
import org.casebook.conversation.ConversationNotes;
import org.casebook.conversation.ConversationStatus;
import org.casebook.conversation.NetworkMember;
import org.casebook.outcome.ExtractKeys;
import org.casebook.outcome.Pseudonyms;
import org.casebook.person.Person;
import org.casebook.platform.EditConflict;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.FieldsRefused;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.security.Caller;
import org.casebook.security.Role;

/**
 * The training library. Trainers choose a signed conversation from anonymised previews, review the
 * anonymised snapshot (every replacement and flagged detail highlighted) and submit it; a second
 * trainer approves it or sends it back. Approved cases are the library; withdrawn ones leave it and
 * keep their trail. Trainers never receive a person's identifiable details from here: the original
 * is read on the server, anonymised, and only the result leaves. Each anonymisation of a record is
 * written to the person's access log.
 */
@ApplicationScoped
@Transactional
public class TrainingCases {

  /** How many previews a page of records to choose from shows. */
  public static final int PAGE = 20;

  /** How many of the newest signed records are looked through for one page of previews. */
  static final int WINDOW = 400;

  /** How long a preview's excerpt is, at most. */
  static final int EXCERPT = 320;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AccessLog accessLog;
  @Inject ExtractKeys keys;
  @Inject CaseAnonymisers anonymisers;
  @Inject TrainingAccess access;

  /** A signed record offered to a trainer, anonymised: nothing here identifies anyone. */
  public record Preview(
      long conversationId,
      ConversationKind kind,
      java.time.YearMonth signedMonth,
      String ageBand,
      Set<Theme> themes,
      int strengths,
      int network,
      int goals,
      String excerpt)
      implements java.io.Serializable {
    public long getConversationId() {
      return conversationId;
    }

    public ConversationKind getKind() {
      return kind;
    }

    public java.time.YearMonth getSignedMonth() {
      return signedMonth;
    }

    public String getAgeBand() {
      return ageBand;
    }

    public Set<Theme> getThemes() {
      return themes;
    }

    public int getStrengths() {
      return strengths;
    }

    public int getNetwork() {
      return network;
    }

    public int getGoals() {
      return goals;
    }

    public String getExcerpt() {
      return excerpt;
    }
  }

  /**
   * Signed records a trainer may take into the library, newest first, as anonymised previews: never
   * a restricted record, never one already in the library or being prepared.
   */
  public List<Preview> previews(Caller caller, Theme theme, int page) {
    access.requireTrainer(caller);
    List<Preview> previews = new ArrayList<>();
    List<Conversation> window =
        em.createQuery(
                "SELECT c FROM Conversation c WHERE c.status = :final AND c.personId IN"
                    + " (SELECT p.id FROM Person p WHERE p.restricted = false) AND c.id NOT IN"
                    + " (SELECT t.conversationId FROM TrainingCase t WHERE t.status IN :live)"
                    + " ORDER BY c.finalisedAt DESC, c.id DESC",
                Conversation.class)
            .setParameter("final", ConversationStatus.FINAL)
            .setParameter("live", live())
            .setMaxResults(WINDOW)
            .getResultList();
    int skip = Math.max(0, page) * PAGE;
    for (Conversation c : window) {
      ConversationNotes notes = c.notes();
      Set<Theme> themes = SnapshotMaker.suggestedThemes(notes, connections(c.getId()));
      if (theme != null && !themes.contains(theme)) {
        continue;
      }
      if (skip > 0) {
        skip--;
        continue;
      }
      Person person = em.find(Person.class, c.getPersonId());
      CaseSource source = source(c, person, notes);
      SnapshotMaker.CaseAnonymiser anonymiser = anonymisers.forCase(source);
      String excerpt = excerpt(notes, anonymiser);
      previews.add(
          new Preview(
              c.getId(),
              c.getKind(),
              c.getFinalisedAt() == null
                  ? null
                  : java.time.YearMonth.from(
                      LocalDate.ofInstant(c.getFinalisedAt(), clock.getZone())),
              SnapshotMaker.ageBand(person.getDateOfBirth(), LocalDate.now(clock)),
              themes,
              notes.getStrengths().size(),
              notes.getNetwork().size(),
              notes.getGoals().size(),
              excerpt));
      if (previews.size() == PAGE) {
        break;
      }
    }
    return previews;
  }

  /**
   * Takes a signed record into the library as a new case being prepared by this trainer: the
   * snapshot is made here, and the reading of the record is written to the person's access log.
   */
  public TrainingCase request(Caller caller, long conversationId) {
    access.requireTrainer(caller);
    Conversation c = em.find(Conversation.class, conversationId);
    if (c == null || c.getStatus() != ConversationStatus.FINAL) {
      throw new NotFound("record");
    }
    Person person = em.find(Person.class, c.getPersonId());
    if (person == null || person.isRestricted()) {
      throw new NotFound("record");
    }
    Long taken =
        em.createQuery(
                "SELECT COUNT(t) FROM TrainingCase t WHERE t.conversationId = :c AND t.status IN"
                    + " :live",
                Long.class)
            .setParameter("c", conversationId)
            .setParameter("live", live())
            .getSingleResult();
    if (taken > 0) {
      throw new RuleViolation("training.case.taken");
    }
    ConversationNotes notes = c.notes();
    CaseSource source = source(c, person, notes);
    Snapshot snapshot =
        SnapshotMaker.make(
            c.getKind(),
            notes,
            person.getDateOfBirth(),
            LocalDate.now(clock),
            anonymisers.forCase(source));
    TrainingCase tc =
        new TrainingCase(
            conversationId,
            snapshot,
            SnapshotMaker.suggestedThemes(notes, connections(conversationId)),
            caller.accountId(),
            clock.instant());
    em.persist(tc);
    em.flush();
    step(caller, tc, CaseStep.Kind.REQUESTED, null);
    accessLog.record(
        caller, person.getId(), conversationId, AccessAction.TAKEN_FOR_TRAINING, "web");
    return tc;
  }

  /**
   * A case to read. Trainers read every case; anyone enrolled in a programme reads approved cases
   * only. Anything else is "not found", so nobody learns what exists.
   */
  public TrainingCase read(Caller caller, long caseId) {
    TrainingCase tc = em.find(TrainingCase.class, caseId);
    if (tc == null) {
      throw new NotFound("training case");
    }
    if (caller.is(Role.TRAINER)) {
      return tc;
    }
    if (tc.getStatus() == CaseStatus.APPROVED && access.isTrainee(caller)) {
      return tc;
    }
    throw new NotFound("training case");
  }

  /** The preparing trainer keeps their review. */
  public TrainingCase save(Caller caller, long caseId, int version, TrainingCase.Review review) {
    TrainingCase tc = forPreparer(caller, caseId, version);
    tc.keep(review);
    step(caller, tc, CaseStep.Kind.SAVED, null);
    return flushed(tc);
  }

  /**
   * The preparing trainer keeps their review and sends the case for a second trainer's approval.
   */
  public TrainingCase submit(
      Caller caller, long caseId, int version, TrainingCase.Review review, boolean checked) {
    TrainingCase tc = forPreparer(caller, caseId, version);
    tc.keep(review);
    tc.submit(checked, clock.instant());
    step(caller, tc, CaseStep.Kind.SUBMITTED, null);
    return flushed(tc);
  }

  /** A second trainer approves the case into the library. */
  public TrainingCase approve(Caller caller, long caseId, int version, boolean checked) {
    TrainingCase tc = forTrainer(caller, caseId, version);
    tc.approve(caller.accountId(), checked, clock.instant());
    step(caller, tc, CaseStep.Kind.APPROVED, null);
    return flushed(tc);
  }

  /** A second trainer sends the case back to the trainer preparing it, saying why. */
  public TrainingCase sendBack(Caller caller, long caseId, int version, String reason) {
    TrainingCase tc = forTrainer(caller, caseId, version);
    String kept = required(reason, "reason");
    tc.sendBack(caller.accountId());
    step(caller, tc, CaseStep.Kind.SENT_BACK, kept);
    return flushed(tc);
  }

  /** Any trainer withdraws an approved case from the library and its exercises, saying why. */
  public TrainingCase withdraw(Caller caller, long caseId, int version, String reason) {
    TrainingCase tc = forTrainer(caller, caseId, version);
    String kept = required(reason, "withdrawReason");
    tc.withdraw(caller.accountId(), clock.instant());
    step(caller, tc, CaseStep.Kind.WITHDRAWN, kept);
    return flushed(tc);
  }

  /** The preparing trainer gives the case up before approval. */
  public TrainingCase discard(Caller caller, long caseId, int version) {
    TrainingCase tc = forPreparer(caller, caseId, version);
    tc.discard();
    step(caller, tc, CaseStep.Kind.DISCARDED, null);
    return flushed(tc);
  }

  /** The case's trail, oldest first. */
  public List<CaseStep> steps(Caller caller, long caseId) {
    access.requireTrainer(caller);
    return em.createQuery(
            "SELECT s FROM CaseStep s WHERE s.caseId = :c ORDER BY s.madeAt, s.id", CaseStep.class)
        .setParameter("c", caseId)
        .getResultList();
  }

  /** What a trainer has to do: cases they are preparing, and others' cases waiting for approval. */
  public record Worklist(
      List<TrainingCase> preparing, List<TrainingCase> toApprove, List<TrainingCase> waiting) {
    public List<TrainingCase> getPreparing() {
      return preparing;
    }

    public List<TrainingCase> getToApprove() {
      return toApprove;
    }

    public List<TrainingCase> getWaiting() {
      return waiting;
    }
  }

  public Worklist worklist(Caller caller) {
    access.requireTrainer(caller);
    List<TrainingCase> open =
        em.createQuery(
                "SELECT t FROM TrainingCase t WHERE t.status IN :open ORDER BY t.requestedAt",
                TrainingCase.class)
            .setParameter("open", List.of(CaseStatus.PREPARING, CaseStatus.SUBMITTED))
            .getResultList();
    List<TrainingCase> preparing = new ArrayList<>();
    List<TrainingCase> toApprove = new ArrayList<>();
    List<TrainingCase> waiting = new ArrayList<>();
    for (TrainingCase t : open) {
      boolean mine = t.getRequestedBy() == caller.accountId();
      if (t.getStatus() == CaseStatus.PREPARING && mine) {
        preparing.add(t);
      } else if (t.getStatus() == CaseStatus.SUBMITTED && !mine) {
        toApprove.add(t);
      } else if (t.getStatus() == CaseStatus.SUBMITTED) {
        waiting.add(t);
      }
    }
    return new Worklist(preparing, toApprove, waiting);
  }

  /**
   * The library: approved cases, newest first, with a theme, a tag and words in the title, notes or
   * text, each optional. Trainers may include withdrawn cases, to see their trail.
   */
  public List<TrainingCase> library(
      Caller caller, Theme theme, String tag, String words, boolean withWithdrawn) {
    access.requireLibrary(caller);
    List<CaseStatus> statuses =
        withWithdrawn && caller.is(Role.TRAINER)
            ? List.of(CaseStatus.APPROVED, CaseStatus.WITHDRAWN)
            : List.of(CaseStatus.APPROVED);
    List<TrainingCase> all =
        em.createQuery(
                "SELECT t FROM TrainingCase t WHERE t.status IN :s ORDER BY t.approvedAt DESC,"
                    + " t.id DESC",
                TrainingCase.class)
            .setParameter("s", statuses)
            .getResultList();
    String wantedTag = tag == null || tag.isBlank() ? null : Tags.split(tag).get(0);
    String wantedWords =
        words == null || words.isBlank() ? null : words.strip().toLowerCase(Locale.UK);
    List<TrainingCase> found = new ArrayList<>();
    for (TrainingCase t : all) {
      if (theme != null && !t.getThemes().contains(theme)) {
        continue;
      }
      if (wantedTag != null && !t.getTagList().contains(wantedTag)) {
        continue;
      }
      if (wantedWords != null && !matches(t, wantedWords)) {
        continue;
      }
      found.add(t);
    }
    return found;
  }

  /** Every tag used in the library, for the search's list. */
  public List<String> tags(Caller caller) {
    Set<String> tags = new java.util.TreeSet<>();
    for (TrainingCase t : library(caller, null, null, null, false)) {
      tags.addAll(t.getTagList());
    }
    return new ArrayList<>(tags);
  }

  /** Display names of staff by account id, for trails. */
  public Map<Long, String> staffNames(Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    for (Account a :
        em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
            .setParameter("ids", ids)
            .getResultList()) {
      names.put(a.getId(), a.getDisplayName());
    }
    return names;
  }

  private static boolean matches(TrainingCase t, String words) {
    return contains(t.getTitle(), words)
        || contains(t.getTeachingNotes(), words)
        || contains(t.getSnapshot().plainText(), words);
  }

  private static boolean contains(String text, String words) {
    return text != null && text.toLowerCase(Locale.UK).contains(words);
  }

  private String excerpt(ConversationNotes notes, SnapshotMaker.CaseAnonymiser anonymiser) {
    String text = notes.getWhatMatters();
    if (text == null || text.isBlank()) {
      text = notes.getGoodLife();
    }
    if (text == null || text.isBlank()) {
      return null;
    }
    String anonymised = anonymiser.anonymise(text.strip()).text();
    if (anonymised.length() <= EXCERPT) {
      return anonymised;
    }
    int cut = anonymised.lastIndexOf(' ', EXCERPT);
    return anonymised.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + "…";
  }

  private CaseSource source(Conversation c, Person person, ConversationNotes notes) {
    List<String> network = new ArrayList<>();
    for (NetworkMember m : notes.getNetwork()) {
      if (m.getName() != null && !m.getName().isBlank()) {
        network.add(m.getName().strip());
      }
    }
    for (var a : notes.getActions()) {
      if (a.getOwnerName() != null && !a.getOwnerName().isBlank()) {
        network.add(a.getOwnerName().strip());
      }
    }
    List<String> staff =
        em.createQuery("SELECT a.displayName FROM Account a", String.class).getResultList();
    return new CaseSource(
        Pseudonyms.hmac(keys.secret(), "training-case:" + c.getId()),
        person.getFullName(),
        person.getPreferredName(),
        person.getDateOfBirth(),
        person.getAddress(),
        person.getPostcode(),
        person.getWard(),
        network,
        staff,
        notes,
        LocalDate.now(clock));
  }

  private int connections(long conversationId) {
    Number n =
        (Number)
            em.createNativeQuery("SELECT assets FROM record_figure WHERE conversation_id = ?1")
                .setParameter(1, conversationId)
                .getResultStream()
                .findFirst()
                .orElse(0);
    return n.intValue();
  }

  private static List<CaseStatus> live() {
    return List.of(CaseStatus.PREPARING, CaseStatus.SUBMITTED, CaseStatus.APPROVED);
  }

  private TrainingCase forPreparer(Caller caller, long caseId, int version) {
    TrainingCase tc = forTrainer(caller, caseId, version);
    if (tc.getRequestedBy() != caller.accountId()) {
      throw new RuleViolation("training.case.notYours");
    }
    return tc;
  }

  private TrainingCase forTrainer(Caller caller, long caseId, int version) {
    access.requireTrainer(caller);
    TrainingCase tc = em.find(TrainingCase.class, caseId);
    if (tc == null) {
      throw new NotFound("training case");
    }
    if (tc.getVersion() != version) {
      throw new EditConflict("training case");
    }
    return tc;
  }

  private TrainingCase flushed(TrainingCase tc) {
    em.flush();
    return tc;
  }

  private void step(Caller caller, TrainingCase tc, CaseStep.Kind kind, String note) {
    em.persist(new CaseStep(tc.getId(), kind, caller.username(), clock.instant(), note));
  }

  private static String required(String typed, String field) {
    String kept = typed == null ? null : typed.replace("\r\n", "\n").strip();
    if (kept == null || kept.isEmpty()) {
      throw new FieldsRefused(Map.of(field, new FieldProblem("training.case.reason.required")));
    }
    if (kept.length() > TrainingCase.REASON_MAX) {
      throw new FieldsRefused(
          Map.of(field, new FieldProblem("field.tooLong", TrainingCase.REASON_MAX)));
    }
    return kept;
  }
}
