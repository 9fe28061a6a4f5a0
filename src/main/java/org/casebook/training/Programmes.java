package org.casebook.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.account.Account;
import org.casebook.language.Finding;
import org.casebook.language.LanguageService;
import org.casebook.platform.EditConflict;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.FieldsRefused;
import org.casebook.platform.NotFound;
import org.casebook.security.Caller;
import org.casebook.security.Role;
import org.casebook.training.miti.Coding;
import org.casebook.training.miti.Transcript;
import org.casebook.training.miti.TranscriptParse;

/**
 * Skills programmes, their exercises and each trainee's work. Trainers run programmes, enrol staff
 * and set exercises, and see everyone's work; a trainee sees the programmes they are enrolled in,
 * their exercises and only their own work. An exercise built on a library case that has been
 * withdrawn is hidden from everyone.
 */
@ApplicationScoped
@Transactional
public class Programmes {

  /** The practice conversation that comes with Casebook, for coding exercises. */
  public static final String SAMPLE_TRANSCRIPT = "/training/sample-transcript-allotment.txt";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject TrainingAccess access;
  @Inject LanguageService language;

  // --- programmes and who is in them ------------------------------------------------------------

  /** Trainers see every programme; anyone else the open ones they are enrolled in. */
  public List<Programme> programmes(Caller caller) {
    if (caller != null && caller.is(Role.TRAINER)) {
      return em.createQuery(
              "SELECT p FROM Programme p ORDER BY p.closedAt, p.createdAt DESC", Programme.class)
          .getResultList();
    }
    List<Programme> mine = new ArrayList<>();
    for (Programme p :
        em.createQuery("SELECT p FROM Programme p WHERE p.closedAt IS NULL", Programme.class)
            .getResultList()) {
      if (enrolled(caller, p.getId())) {
        mine.add(p);
      }
    }
    return mine;
  }

  public Programme create(Caller caller, String name, String description) {
    access.requireTrainer(caller);
    Programme p = new Programme(name, description, caller.accountId(), clock.instant());
    em.persist(p);
    em.flush();
    return p;
  }

  public Programme programme(Caller caller, long id) {
    Programme p = em.find(Programme.class, id);
    if (p == null || !(caller.is(Role.TRAINER) || !p.isClosed() && enrolled(caller, id))) {
      throw new NotFound("programme");
    }
    return p;
  }

  public Programme close(Caller caller, long id, int version) {
    access.requireTrainer(caller);
    Programme p = programme(caller, id);
    if (p.getVersion() != version) {
      throw new EditConflict("programme");
    }
    p.close(clock.instant());
    em.flush();
    return p;
  }

  /** The programme's trainees, by name. */
  public List<Account> members(Caller caller, long programmeId) {
    access.requireTrainer(caller);
    return em.createQuery(
            "SELECT a FROM Account a WHERE a.id IN (SELECT m.accountId FROM ProgrammeMember m"
                + " WHERE m.programmeId = :p) ORDER BY a.displayName",
            Account.class)
        .setParameter("p", programmeId)
        .getResultList();
  }

  /** Active staff who could be enrolled: everyone not in it yet, trainers included. */
  public List<Account> enrollable(Caller caller, long programmeId) {
    access.requireTrainer(caller);
    List<Account> in = members(caller, programmeId);
    List<Account> out = new ArrayList<>();
    for (Account a :
        em.createQuery("SELECT a FROM Account a ORDER BY a.displayName", Account.class)
            .getResultList()) {
      if (a.isActive() && !in.contains(a)) {
        out.add(a);
      }
    }
    return out;
  }

  public void enrol(Caller caller, long programmeId, long accountId) {
    access.requireTrainer(caller);
    Programme p = programme(caller, programmeId);
    Account a = em.find(Account.class, accountId);
    if (a == null || !a.isActive()) {
      throw new FieldsRefused(
          Map.of("trainee", new FieldProblem("training.programme.trainee.unknown")));
    }
    if (em.find(ProgrammeMember.class, new ProgrammeMember.Key(p.getId(), accountId)) == null) {
      em.persist(new ProgrammeMember(p.getId(), accountId, caller.accountId(), clock.instant()));
      em.flush();
    }
  }

  public void unenrol(Caller caller, long programmeId, long accountId) {
    access.requireTrainer(caller);
    ProgrammeMember m =
        em.find(ProgrammeMember.class, new ProgrammeMember.Key(programmeId, accountId));
    if (m != null) {
      em.remove(m);
      em.flush();
    }
  }

  boolean enrolled(Caller caller, long programmeId) {
    return caller != null
        && em.find(ProgrammeMember.class, new ProgrammeMember.Key(programmeId, caller.accountId()))
            != null;
  }

  // --- exercises -------------------------------------------------------------------------------

  /** Where a rewriting exercise's words can come from: the samples, and approved case sections. */
  public record Source(String key, String label, String text) {
    public String getKey() {
      return key;
    }

    public String getLabel() {
      return label;
    }
  }

  /**
   * The words a rewriting exercise can be set on: the samples that come with Casebook ("sample:…")
   * and each section of an approved library case written by the worker ("case:12:working").
   */
  public List<Source> rewriteSources(Caller caller) {
    access.requireTrainer(caller);
    List<Source> sources = new ArrayList<>();
    for (RewriteSamples.Sample s : RewriteSamples.all()) {
      sources.add(new Source("sample:" + s.key(), s.title(), s.text()));
    }
    for (TrainingCase t :
        em.createQuery(
                "SELECT t FROM TrainingCase t WHERE t.status = :s ORDER BY t.approvedAt DESC",
                TrainingCase.class)
            .setParameter("s", CaseStatus.APPROVED)
            .getResultList()) {
      for (Section s : t.getSnapshot().getSections()) {
        if (!s.isNumber()
            && !s.isTheirWords()
            && s.getText() != null
            && s.getText().length() > 40) {
          sources.add(
              new Source(
                  "case:" + t.getId() + ":" + s.getKey(),
                  t.getReference() + " " + t.getTitle() + ": " + s.getHeading(),
                  s.getText()));
        }
      }
    }
    return sources;
  }

  /** What a trainer typed to set an exercise. */
  public record ExerciseInput(
      String title, String instructions, String source, String transcript) {}

  /** Sets a rewriting exercise on words chosen from {@link #rewriteSources}. */
  public Exercise setRewrite(Caller caller, long programmeId, ExerciseInput input) {
    access.requireTrainer(caller);
    Programme p = programme(caller, programmeId);
    Map<String, FieldProblem> problems = titleProblems(input);
    Optional<Source> source =
        rewriteSources(caller).stream().filter(s -> s.key().equals(input.source())).findFirst();
    if (source.isEmpty()) {
      problems.put("source", new FieldProblem("training.exercise.source.required"));
    }
    if (!problems.isEmpty()) {
      throw new FieldsRefused(problems);
    }
    Long caseId = caseOf(input.source());
    return persist(
        new Exercise(
            p.getId(),
            ExerciseKind.REWRITE,
            input.title().strip(),
            blankToNull(input.instructions()),
            caseId,
            source.get().text(),
            caller.accountId(),
            clock.instant()));
  }

  /**
   * Sets a MITI coding exercise on a practice conversation: the one that comes with Casebook
   * (source "sample") or one the trainer pasted, which must read as a transcript.
   */
  public Exercise setCoding(Caller caller, long programmeId, ExerciseInput input) {
    access.requireTrainer(caller);
    Programme p = programme(caller, programmeId);
    Map<String, FieldProblem> problems = titleProblems(input);
    String text = "sample".equals(input.source()) ? sampleTranscript() : input.transcript();
    TranscriptParse parse = Transcript.parse(text == null ? "" : text);
    if (!parse.isValid()) {
      problems.put("transcript", new FieldProblem("training.exercise.transcript.problem"));
    }
    if (!problems.isEmpty()) {
      throw new TranscriptRefused(problems, parse);
    }
    return persist(
        new Exercise(
            p.getId(),
            ExerciseKind.MITI,
            input.title().strip(),
            blankToNull(input.instructions()),
            null,
            parse.transcript().orElseThrow().render(),
            caller.accountId(),
            clock.instant()));
  }

  /** Problems with what was typed, with what the transcript reader found, line by line. */
  public static class TranscriptRefused extends FieldsRefused {
    private static final long serialVersionUID = 1L;
    private final transient TranscriptParse parse;

    TranscriptRefused(Map<String, FieldProblem> problems, TranscriptParse parse) {
      super(problems);
      this.parse = parse;
    }

    public TranscriptParse parse() {
      return parse;
    }
  }

  /** The exercises of a programme the caller may see, oldest first. */
  public List<Exercise> exercises(Caller caller, long programmeId) {
    programme(caller, programmeId);
    List<Exercise> shown = new ArrayList<>();
    for (Exercise e :
        em.createQuery(
                "SELECT e FROM Exercise e WHERE e.programmeId = :p ORDER BY e.createdAt, e.id",
                Exercise.class)
            .setParameter("p", programmeId)
            .getResultList()) {
      if (!withdrawn(e)) {
        shown.add(e);
      }
    }
    return shown;
  }

  /**
   * One exercise, for a trainer or a trainee of its programme; never one whose case was withdrawn.
   */
  public Exercise exercise(Caller caller, long exerciseId) {
    Exercise e = em.find(Exercise.class, exerciseId);
    if (e == null || withdrawn(e)) {
      throw new NotFound("exercise");
    }
    programme(caller, e.getProgrammeId());
    return e;
  }

  // --- work on exercises -----------------------------------------------------------------------

  /** The caller's own work on an exercise, if they have saved any. */
  public Optional<Attempt> own(Caller caller, long exerciseId) {
    exercise(caller, exerciseId);
    return em.createQuery(
            "SELECT a FROM Attempt a WHERE a.exerciseId = :e AND a.accountId = :a", Attempt.class)
        .setParameter("e", exerciseId)
        .setParameter("a", caller.accountId())
        .getResultStream()
        .findFirst();
  }

  /** Findings of the language checker in a text, for the side-by-side view. */
  public List<Finding> findings(Caller caller, String text) {
    return text == null || text.isBlank() ? List.of() : language.check(caller, text);
  }

  /**
   * Keeps a rewrite, with the findings in the original and in the rewrite. {@code version} is the
   * version of the work the page showed, or -1 if there was none yet.
   */
  public Attempt saveRewrite(Caller caller, long exerciseId, int version, String rewrite) {
    Exercise e = exercise(caller, exerciseId);
    if (e.getKind() != ExerciseKind.REWRITE) {
      throw new NotFound("exercise");
    }
    String kept = rewrite == null ? null : rewrite.replace("\r\n", "\n").strip();
    if (kept == null || kept.isEmpty()) {
      throw new FieldsRefused(
          Map.of("answer", new FieldProblem("training.attempt.rewrite.required")));
    }
    Attempt a = attempt(caller, exerciseId, version);
    a.keep(
        kept,
        findings(caller, e.getSourceText()).size(),
        findings(caller, kept).size(),
        clock.instant());
    em.flush();
    return a;
  }

  /** Keeps a MITI coding; problems with it are shown, never block saving. */
  public Attempt saveCoding(Caller caller, long exerciseId, int version, MitiAnswer answer) {
    Exercise e = exercise(caller, exerciseId);
    if (e.getKind() != ExerciseKind.MITI) {
      throw new NotFound("exercise");
    }
    Attempt a = attempt(caller, exerciseId, version);
    a.keep(answer.toJson(), null, null, clock.instant());
    em.flush();
    return a;
  }

  /** Hands the work in: kept as it is from then on. A coding needs every global rated. */
  public Attempt handIn(Caller caller, long exerciseId, int version) {
    Exercise e = exercise(caller, exerciseId);
    Attempt a = own(caller, exerciseId).orElseThrow(() -> new NotFound("work"));
    if (a.getVersion() != version) {
      throw new EditConflict("work");
    }
    if (e.getKind() == ExerciseKind.MITI
        && !MitiAnswer.fromJson(a.getAnswer()).coding().globals().isComplete()) {
      throw new org.casebook.platform.RuleViolation("training.attempt.globals.required");
    }
    a.handIn(clock.instant());
    em.flush();
    return a;
  }

  /** Someone's work, for a trainer; a trainee sees only their own. */
  public Attempt attempt(Caller caller, long attemptId) {
    Attempt a = em.find(Attempt.class, attemptId);
    if (a == null) {
      throw new NotFound("work");
    }
    exercise(caller, a.getExerciseId());
    if (!caller.is(Role.TRAINER) && a.getAccountId() != caller.accountId()) {
      throw new NotFound("work");
    }
    return a;
  }

  /**
   * The work handed in or started on an exercise that the caller may compare with: trainers see
   * everyone's; a trainee sees their own and the trainers'.
   */
  public List<Attempt> attempts(Caller caller, long exerciseId) {
    exercise(caller, exerciseId);
    List<Attempt> all =
        em.createQuery(
                "SELECT a FROM Attempt a WHERE a.exerciseId = :e ORDER BY a.savedAt", Attempt.class)
            .setParameter("e", exerciseId)
            .getResultList();
    if (caller.is(Role.TRAINER)) {
      return all;
    }
    List<Long> trainers =
        em.createQuery("SELECT a.id FROM Account a WHERE a.role = :r", Long.class)
            .setParameter("r", Role.TRAINER)
            .getResultList();
    return all.stream()
        .filter(a -> a.getAccountId() == caller.accountId() || trainers.contains(a.getAccountId()))
        .toList();
  }

  /** A row of a programme's progress: a trainee and their work on each exercise (or none). */
  public record Progress(Account trainee, Map<Long, Attempt> work) {
    public Account getTrainee() {
      return trainee;
    }

    public Map<Long, Attempt> getWork() {
      return work;
    }
  }

  public List<Progress> progress(Caller caller, long programmeId) {
    access.requireTrainer(caller);
    List<Exercise> exercises = exercises(caller, programmeId);
    Map<Long, Map<Long, Attempt>> byTrainee = new HashMap<>();
    if (!exercises.isEmpty()) {
      for (Attempt a :
          em.createQuery("SELECT a FROM Attempt a WHERE a.exerciseId IN :e", Attempt.class)
              .setParameter("e", exercises.stream().map(Exercise::getId).toList())
              .getResultList()) {
        byTrainee.computeIfAbsent(a.getAccountId(), k -> new HashMap<>()).put(a.getExerciseId(), a);
      }
    }
    List<Progress> rows = new ArrayList<>();
    for (Account t : members(caller, programmeId)) {
      rows.add(new Progress(t, byTrainee.getOrDefault(t.getId(), Map.of())));
    }
    return rows;
  }

  /** Display names by account id. */
  public Map<Long, String> names(List<Long> ids) {
    Map<Long, String> names = new LinkedHashMap<>();
    if (!ids.isEmpty()) {
      for (Account a :
          em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
              .setParameter("ids", ids)
              .getResultList()) {
        names.put(a.getId(), a.getDisplayName());
      }
    }
    return names;
  }

  /** The coding kept with a piece of work. */
  public static Coding coding(Attempt a) {
    return MitiAnswer.fromJson(a.getAnswer()).coding();
  }

  public static String sampleTranscript() {
    try (InputStream in = Programmes.class.getResourceAsStream(SAMPLE_TRANSCRIPT)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Attempt attempt(Caller caller, long exerciseId, int version) {
    Optional<Attempt> existing = own(caller, exerciseId);
    if (existing.isPresent()) {
      if (existing.get().getVersion() != version) {
        throw new EditConflict("work");
      }
      return existing.get();
    }
    if (version >= 0) {
      throw new EditConflict("work");
    }
    Attempt a = new Attempt(exerciseId, caller.accountId(), clock.instant());
    em.persist(a);
    return a;
  }

  private Exercise persist(Exercise e) {
    em.persist(e);
    em.flush();
    return e;
  }

  private boolean withdrawn(Exercise e) {
    if (e.getCaseId() == null) {
      return false;
    }
    TrainingCase t = em.find(TrainingCase.class, e.getCaseId());
    return t == null || t.getStatus() != CaseStatus.APPROVED;
  }

  private static Long caseOf(String source) {
    if (source != null && source.startsWith("case:")) {
      return Long.valueOf(source.split(":")[1]);
    }
    return null;
  }

  private static Map<String, FieldProblem> titleProblems(ExerciseInput input) {
    Map<String, FieldProblem> problems = new LinkedHashMap<>();
    String t = input.title() == null ? "" : input.title().strip();
    if (t.isEmpty()) {
      problems.put("title", new FieldProblem("training.exercise.title.required"));
    } else if (t.length() > Exercise.TITLE_MAX) {
      problems.put("title", new FieldProblem("field.tooLong", Exercise.TITLE_MAX));
    }
    if (input.instructions() != null
        && input.instructions().strip().length() > Exercise.INSTRUCTIONS_MAX) {
      problems.put("instructions", new FieldProblem("field.tooLong", Exercise.INSTRUCTIONS_MAX));
    }
    return problems;
  }

  private static String blankToNull(String typed) {
    return typed == null || typed.isBlank() ? null : typed.replace("\r\n", "\n").strip();
  }
}
