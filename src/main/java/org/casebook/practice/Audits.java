package org.casebook.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.account.Account;
import org.casebook.audit.AccessAction;
import org.casebook.audit.AccessLog;
import org.casebook.conversation.Conversation;
import org.casebook.language.Finding;
import org.casebook.language.LanguageChecker;
import org.casebook.language.LanguageService;
import org.casebook.outcome.ExtractKeys;
import org.casebook.person.Person;
import org.casebook.person.PersonAccess;
import org.casebook.platform.EditConflict;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.security.Caller;
import org.casebook.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The case-file audit. A team manager's month shows the random sample drawn for it (drawn the first
 * time the month is opened, and the same every time after) and any records added by hand. The
 * manager scores a record against the practice principles and sends feedback; the worker reads it
 * and responds, which closes it. Only the team's managers audit; workers see only their own
 * feedback. Every reading of a record is written to the access log.
 */
@ApplicationScoped
@Transactional
public class Audits {

  /** How many months back a manager may look or draw. */
  public static final int MONTHS_BACK = 36;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AccessLog accessLog;
  @Inject LanguageService language;
  @Inject ExtractKeys keys;
  @Inject Audits self;

  @Inject
  @ConfigProperty(name = "casebook.audit.sample-per-worker", defaultValue = "2")
  int perWorker;

  /** One audit in a list, with who and what it is about. */
  public record Row(
      PracticeAudit audit, String personName, String workerName, java.time.LocalDate heldOn) {
    public PracticeAudit getAudit() {
      return audit;
    }

    public String getPersonName() {
      return personName;
    }

    public String getWorkerName() {
      return workerName;
    }

    public java.time.LocalDate getHeldOn() {
      return heldOn;
    }
  }

  /** A team's month: its sample, if drawn, and every audit of the month's records. */
  public record Month(YearMonth month, AuditSample sample, List<Row> audits, boolean complete) {
    public YearMonth getMonth() {
      return month;
    }

    public AuditSample getSample() {
      return sample;
    }

    public List<Row> getAudits() {
      return audits;
    }

    public boolean isComplete() {
      return complete;
    }
  }

  /** The latest month that has ended: the one a manager audits by default. */
  public YearMonth lastCompleteMonth() {
    return YearMonth.now(clock).minusMonths(1);
  }

  /**
   * The team's month. A month that has ended is sampled the first time it is opened; the current
   * month is not sampled until it ends, but records can be added to it by hand.
   */
  public Month month(Caller caller, YearMonth month) {
    requireManager(caller);
    requireInRange(month);
    boolean complete = month.isBefore(YearMonth.now(clock));
    AuditSample sample = sample(caller.teamId(), month);
    if (sample == null && complete) {
      try {
        self.draw(caller, month);
      } catch (RuntimeException e) {
        // A colleague drew it at the same moment: theirs is the one kept.
      }
      em.clear();
      sample = sample(caller.teamId(), month);
    }
    return new Month(month, sample, rows(teamAudits(caller.teamId(), month)), complete);
  }

  /** Draws the team's sample for a month that has ended, once. */
  @Transactional(TxType.REQUIRES_NEW)
  public void draw(Caller caller, YearMonth month) {
    long team = caller.teamId();
    em.persist(new AuditSample(team, month, perWorker, caller.username(), clock.instant()));
    em.flush();
    List<SampleDraw.Candidate> candidates = new ArrayList<>();
    for (RecordFigure f : figures(team, month)) {
      candidates.add(new SampleDraw.Candidate(f.getConversationId(), f.getWorkerId()));
    }
    String secret = keys.secret();
    for (SampleDraw.Candidate picked :
        SampleDraw.draw(candidates, secret, team, month, perWorker)) {
      if (auditOf(picked.conversationId()).isEmpty()) {
        RecordFigure f = em.find(RecordFigure.class, picked.conversationId());
        start(caller, f, AuditOrigin.SAMPLE, AuditStep.Kind.DRAWN);
      }
    }
    em.flush();
  }

  /** The team's signed conversations of a month that are not being audited: to add by hand. */
  public List<Candidate> candidates(Caller caller, YearMonth month) {
    requireManager(caller);
    requireInRange(month);
    List<Candidate> rows = new ArrayList<>();
    Map<Long, String> workers = new HashMap<>();
    for (RecordFigure f : figures(caller.teamId(), month)) {
      if (auditOf(f.getConversationId()).isEmpty()) {
        Conversation c = em.find(Conversation.class, f.getConversationId());
        rows.add(
            new Candidate(
                f.getConversationId(),
                personName(caller, c),
                workers.computeIfAbsent(f.getWorkerId(), this::workerName),
                c.getHeldOn()));
      }
    }
    return rows;
  }

  /** A signed conversation a manager could add to the month's audits. */
  public record Candidate(
      long conversationId, String personName, String workerName, java.time.LocalDate heldOn) {
    public long getConversationId() {
      return conversationId;
    }

    public String getPersonName() {
      return personName;
    }

    public String getWorkerName() {
      return workerName;
    }

    public java.time.LocalDate getHeldOn() {
      return heldOn;
    }
  }

  /** Adds a signed conversation of the manager's team to its month's audits. */
  public PracticeAudit add(Caller caller, long conversationId) {
    requireManager(caller);
    RecordFigure f = em.find(RecordFigure.class, conversationId);
    if (f == null) {
      Conversation c = em.find(Conversation.class, conversationId);
      if (c != null && !c.isFinal()) {
        throw new RuleViolation("practice.notSigned");
      }
      throw new NotFound("conversation");
    }
    if (f.getTeamId() != caller.teamId()) {
      throw new NotFound("conversation");
    }
    if (auditOf(conversationId).isPresent()) {
      throw new RuleViolation("practice.already");
    }
    PracticeAudit audit = start(caller, f, AuditOrigin.HAND, AuditStep.Kind.ADDED);
    try {
      em.flush();
    } catch (jakarta.persistence.PersistenceException e) {
      throw new RuleViolation("practice.already");
    }
    return audit;
  }

  /** An audit as the manager works on it or the worker reads it. */
  public record Reading(
      PracticeAudit audit,
      Conversation conversation,
      Person person,
      String workerName,
      String auditorName,
      RecordCounts counts,
      List<FieldFindings> findings,
      List<AuditStep> steps,
      boolean canAudit,
      boolean canRespond) {
    public PracticeAudit getAudit() {
      return audit;
    }

    public Conversation getConversation() {
      return conversation;
    }

    public Person getPerson() {
      return person;
    }

    public String getWorkerName() {
      return workerName;
    }

    public String getAuditorName() {
      return auditorName;
    }

    public RecordCounts getCounts() {
      return counts;
    }

    public List<FieldFindings> getFindings() {
      return findings;
    }

    public List<AuditStep> getSteps() {
      return steps;
    }

    public boolean isCanAudit() {
      return canAudit;
    }

    public boolean isCanRespond() {
      return canRespond;
    }
  }

  /** The language findings in one field of the record. */
  public record FieldFindings(String path, String text, List<Finding> findings) {
    public String getPath() {
      return path;
    }

    public String getText() {
      return text;
    }

    public List<Finding> getFindings() {
      return findings;
    }
  }

  /**
   * Opens an audit. The team's manager reads the record with it (logged as read for an audit); the
   * worker whose record it is reads the feedback once it has been sent. Anyone else is refused.
   */
  public Reading open(Caller caller, long auditId, String channel) {
    Reading reading = reread(caller, auditId);
    accessLog.record(
        caller,
        reading.audit().getPersonId(),
        reading.audit().getConversationId(),
        reading.canAudit() || isTeamManager(caller, reading.audit())
            ? AccessAction.VIEWED_FOR_AUDIT
            : AccessAction.VIEWED_AUDIT_FEEDBACK,
        channel);
    return reading;
  }

  /**
   * The audit again, after a save on the page that already opened (and logged) it: the same access
   * rules, nothing more logged.
   */
  public Reading reread(Caller caller, long auditId) {
    PracticeAudit audit = find(auditId);
    boolean manager = isTeamManager(caller, audit);
    boolean worker = isWorker(caller, audit);
    if (!manager && !(worker && audit.getStatus().isSent())) {
      throw new NotFound("audit");
    }
    Conversation conversation = em.find(Conversation.class, audit.getConversationId());
    Person person = em.find(Person.class, audit.getPersonId());
    LanguageChecker checker = language.checker();
    List<FieldFindings> findings = new ArrayList<>();
    for (RecordText.Field f : RecordText.of(conversation.notes())) {
      if (!f.theirWords()) {
        List<Finding> found = checker.check(f.text());
        if (!found.isEmpty()) {
          findings.add(new FieldFindings(f.path(), f.text(), found));
        }
      }
    }
    RecordFigure figure = em.find(RecordFigure.class, audit.getConversationId());
    RecordCounts counts =
        RecordCounts.of(
            checker, conversation.notes(), figure == null ? 0 : figure.counts().assets());
    return new Reading(
        audit,
        conversation,
        person,
        workerName(audit.getWorkerId()),
        audit.getAuditorId() == null ? null : workerName(audit.getAuditorId()),
        counts,
        findings,
        steps(auditId),
        manager && !audit.getStatus().isSent(),
        worker && audit.getStatus() == AuditStatus.WITH_WORKER);
  }

  /** Keeps the manager's scores, comments and feedback so far. */
  public PracticeAudit save(Caller caller, long auditId, int version, AuditForm form) {
    PracticeAudit audit = forManager(caller, auditId, version);
    Conversation conversation = em.find(Conversation.class, audit.getConversationId());
    audit.save(form, conversation.getRevisionCount());
    step(audit, AuditStep.Kind.SAVED, caller);
    em.flush();
    return audit;
  }

  /** Sends the feedback to the worker; the scores are kept as sent. */
  public PracticeAudit send(
      Caller caller, long auditId, int version, AuditForm form, String channel) {
    PracticeAudit audit = forManager(caller, auditId, version);
    Conversation conversation = em.find(Conversation.class, audit.getConversationId());
    RecordCounts counts = RecordCounts.of(language.checker(), conversation.notes(), 0);
    audit.send(
        form,
        conversation.getRevisionCount(),
        caller.accountId(),
        clock.instant(),
        new PracticeAudit.Counts(counts.words(), counts.findings()));
    step(audit, AuditStep.Kind.FEEDBACK_SENT, caller);
    em.flush();
    accessLog.record(
        caller, audit.getPersonId(), audit.getConversationId(), AccessAction.AUDITED, channel);
    return audit;
  }

  /** The worker's response to the feedback; it closes the audit. */
  public PracticeAudit respond(Caller caller, long auditId, int version, String response) {
    PracticeAudit audit = find(auditId);
    if (!isWorker(caller, audit) || !audit.getStatus().isSent()) {
      throw new NotFound("audit");
    }
    requireVersion(audit, version);
    audit.respond(response, clock.instant());
    step(audit, AuditStep.Kind.RESPONDED, caller);
    em.flush();
    return audit;
  }

  /** The feedback a worker has had on their records, newest first. */
  public List<Row> feedbackFor(Caller caller) {
    caller.require(Role.SOCIAL_WORKER, Role.TEAM_MANAGER);
    return rows(
        em.createQuery(
                "select a from PracticeAudit a where a.workerId = :me and a.status in :sent"
                    + " order by a.feedbackAt desc, a.id desc",
                PracticeAudit.class)
            .setParameter("me", caller.accountId())
            .setParameter("sent", List.of(AuditStatus.WITH_WORKER, AuditStatus.CLOSED))
            .getResultList());
  }

  /** How many audits wait for the worker's response: for the home page. */
  public long awaitingResponse(Caller caller) {
    return em.createQuery(
            "select count(a) from PracticeAudit a where a.workerId = :me and a.status = :with",
            Long.class)
        .setParameter("me", caller.accountId())
        .setParameter("with", AuditStatus.WITH_WORKER)
        .getSingleResult();
  }

  private PracticeAudit start(
      Caller caller, RecordFigure f, AuditOrigin origin, AuditStep.Kind kind) {
    Conversation c = em.find(Conversation.class, f.getConversationId());
    PracticeAudit audit =
        new PracticeAudit(
            new PracticeAudit.Subject(
                f.getConversationId(), c.getPersonId(), f.getTeamId(), f.getWorkerId(), f.month()),
            origin,
            caller.username(),
            clock.instant());
    em.persist(audit);
    em.flush();
    step(audit, kind, caller);
    return audit;
  }

  private void step(PracticeAudit audit, AuditStep.Kind kind, Caller caller) {
    em.persist(new AuditStep(audit.getId(), kind, caller.username(), clock.instant()));
  }

  private PracticeAudit forManager(Caller caller, long auditId, int version) {
    PracticeAudit audit = find(auditId);
    if (!isTeamManager(caller, audit)) {
      throw new NotFound("audit");
    }
    requireVersion(audit, version);
    return audit;
  }

  private static void requireVersion(PracticeAudit audit, int version) {
    if (audit.getVersion() != version) {
      throw new EditConflict("audit");
    }
  }

  private PracticeAudit find(long auditId) {
    PracticeAudit audit = em.find(PracticeAudit.class, auditId);
    if (audit == null) {
      throw new NotFound("audit");
    }
    return audit;
  }

  private static boolean isTeamManager(Caller caller, PracticeAudit audit) {
    return caller.is(Role.TEAM_MANAGER) && caller.inTeam(audit.getTeamId());
  }

  private static boolean isWorker(Caller caller, PracticeAudit audit) {
    return caller.role().worksWithPeople() && caller.accountId() == audit.getWorkerId();
  }

  private static void requireManager(Caller caller) {
    caller.require(Role.TEAM_MANAGER);
    if (caller.teamId() == null) {
      throw new Caller.AccessDenied();
    }
  }

  private void requireInRange(YearMonth month) {
    YearMonth now = YearMonth.now(clock);
    if (month.isAfter(now) || month.isBefore(now.minusMonths(MONTHS_BACK))) {
      throw new RuleViolation("practice.month.range", MONTHS_BACK);
    }
  }

  private AuditSample sample(long team, YearMonth month) {
    return em.find(AuditSample.class, new AuditSample.Key(team, month.atDay(1)));
  }

  private List<RecordFigure> figures(long team, YearMonth month) {
    return em.createQuery(
            "select f from RecordFigure f where f.teamId = :team and f.month = :month"
                + " order by f.conversationId",
            RecordFigure.class)
        .setParameter("team", team)
        .setParameter("month", month.atDay(1))
        .getResultList();
  }

  private List<PracticeAudit> teamAudits(long team, YearMonth month) {
    return em.createQuery(
            "select a from PracticeAudit a where a.teamId = :team and a.month = :month"
                + " order by a.workerId, a.id",
            PracticeAudit.class)
        .setParameter("team", team)
        .setParameter("month", month.atDay(1))
        .getResultList();
  }

  private Optional<PracticeAudit> auditOf(long conversationId) {
    return em.createQuery(
            "select a from PracticeAudit a where a.conversationId = :c", PracticeAudit.class)
        .setParameter("c", conversationId)
        .getResultStream()
        .findFirst();
  }

  private List<AuditStep> steps(long auditId) {
    return em.createQuery(
            "select s from AuditStep s where s.auditId = :a order by s.madeAt, s.id",
            AuditStep.class)
        .setParameter("a", auditId)
        .getResultList();
  }

  private List<Row> rows(List<PracticeAudit> audits) {
    Map<Long, String> workers = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    for (PracticeAudit a : audits) {
      Person p = em.find(Person.class, a.getPersonId());
      Conversation c = em.find(Conversation.class, a.getConversationId());
      rows.add(
          new Row(
              a,
              p.getKnownAs(),
              workers.computeIfAbsent(a.getWorkerId(), this::workerName),
              c.getHeldOn()));
    }
    return rows;
  }

  private String personName(Caller caller, Conversation c) {
    Person p = em.find(Person.class, c.getPersonId());
    return PersonAccess.canOpen(caller, p) ? p.getKnownAs() : null;
  }

  private String workerName(long accountId) {
    Account a = em.find(Account.class, accountId);
    return a == null ? "" : a.getDisplayName();
  }
}
