package org.casebook.training.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.casebook.language.Finding;
import org.casebook.platform.NotFound;
import org.casebook.platform.web.Pages;
import org.casebook.platform.web.Refusals;
import org.casebook.security.Caller;
import org.casebook.security.CurrentUser;
import org.casebook.security.Role;
import org.casebook.training.Attempt;
import org.casebook.training.Exercise;
import org.casebook.training.ExerciseKind;
import org.casebook.training.MitiAnswer;
import org.casebook.training.Programmes;
import org.casebook.training.miti.Behaviour;
import org.casebook.training.miti.Coding;
import org.casebook.training.miti.CodingProblem;
import org.casebook.training.miti.GlobalScore;
import org.casebook.training.miti.MitiSummary;
import org.casebook.training.miti.Transcript;
import org.casebook.training.miti.Utterance;

/**
 * Doing an exercise. A rewrite: the note beside the trainee's own words, the language checker's
 * findings in each side by side once saved, then handed in. A MITI coding: every practitioner turn
 * coded with the behaviour codes, the four globals rated, the summary scores against the published
 * thresholds on each save, then handed in. Trainers see everyone's work and compare two codings.
 */
@Named
@ViewScoped
public class ExercisePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Programmes programmes;
  @Inject CurrentUser currentUser;

  private Long id;
  private int version = -1;
  private String rewrite;
  private final Map<String, Object> codes = new HashMap<>();
  private final Map<String, String> globals = new HashMap<>();
  private transient Exercise exercise;
  private transient Attempt attempt;
  private transient Transcript transcript;

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (id == null || !read()) {
      Pages.notFound();
      return;
    }
    fill();
  }

  private boolean read() {
    try {
      Caller caller = currentUser.caller();
      exercise = programmes.exercise(caller, id);
      attempt = programmes.own(caller, id).orElse(null);
      transcript = null;
      return true;
    } catch (NotFound | Caller.AccessDenied e) {
      return false;
    }
  }

  private void fill() {
    version = attempt == null ? -1 : attempt.getVersion();
    if (exercise.getKind() == ExerciseKind.REWRITE) {
      rewrite = attempt == null ? exercise.getSourceText() : attempt.getAnswer();
    } else {
      codes.clear();
      globals.clear();
      if (attempt != null) {
        MitiAnswer a = MitiAnswer.fromJson(attempt.getAnswer());
        a.getCodes().forEach((turn, list) -> codes.put(turn, list.toArray(new String[0])));
        a.getGlobals().forEach((g, r) -> globals.put(g, String.valueOf(r)));
      }
    }
  }

  public void save() {
    try {
      Caller caller = currentUser.caller();
      attempt =
          exercise().getKind() == ExerciseKind.REWRITE
              ? programmes.saveRewrite(caller, id, version, rewrite)
              : programmes.saveCoding(caller, id, version, answer());
      version = attempt.getVersion();
      Pages.info(
          exercise.getKind() == ExerciseKind.REWRITE
              ? "training.attempt.rewrite.saved"
              : "training.attempt.coding.saved");
    } catch (RuntimeException e) {
      refused(e);
    }
  }

  public String handIn() {
    try {
      Caller caller = currentUser.caller();
      attempt =
          exercise().getKind() == ExerciseKind.REWRITE
              ? programmes.saveRewrite(caller, id, version, rewrite)
              : programmes.saveCoding(caller, id, version, answer());
      programmes.handIn(caller, id, attempt.getVersion());
      Pages.info("training.attempt.handedIn.done");
      Pages.keepMessages();
      return "/training/exercise?faces-redirect=true&id=" + id;
    } catch (RuntimeException e) {
      refused(e);
      read();
    }
    return null;
  }

  private void refused(RuntimeException e) {
    Refusals.show(e, "work", field -> field, "training.attempt.conflict");
  }

  private MitiAnswer answer() {
    Map<Integer, List<Behaviour>> byTurn = new TreeMap<>();
    codes.forEach(
        (turn, names) -> {
          List<Behaviour> list = new ArrayList<>();
          for (Object n : asList(names)) {
            Behaviour.find(String.valueOf(n)).ifPresent(list::add);
          }
          byTurn.put(Integer.valueOf(turn), list);
        });
    Map<GlobalScore, Integer> rated = new EnumMap<>(GlobalScore.class);
    for (GlobalScore g : GlobalScore.values()) {
      String r = globals.get(g.name());
      if (r != null && !r.isBlank()) {
        try {
          rated.put(g, Integer.valueOf(r.strip()));
        } catch (NumberFormatException e) {
          rated.put(g, 0);
        }
      }
    }
    return MitiAnswer.of(byTurn, rated);
  }

  /** What a group of checkboxes gave: an array or a list of the codes' names. */
  private static List<?> asList(Object value) {
    if (value instanceof Object[] array) {
      return List.of(array);
    }
    if (value instanceof List<?> list) {
      return list;
    }
    return List.of();
  }

  // --- what the page shows --------------------------------------------------------------------

  public Exercise exercise() {
    if (exercise == null && id != null) {
      read();
    }
    return exercise;
  }

  public Exercise getExercise() {
    return exercise();
  }

  public Attempt getAttempt() {
    if (attempt == null && exercise == null) {
      read();
    }
    return attempt;
  }

  public boolean isHandedIn() {
    return getAttempt() != null && attempt.isHandedIn();
  }

  public boolean isTrainer() {
    return currentUser.caller() != null && currentUser.caller().is(Role.TRAINER);
  }

  public List<Finding> getFindingsBefore() {
    return exercise() == null
        ? List.of()
        : programmes.findings(currentUser.caller(), exercise.getSourceText());
  }

  public List<Finding> getFindingsAfter() {
    return getAttempt() == null || attempt.getAnswer() == null
        ? List.of()
        : programmes.findings(currentUser.caller(), attempt.getAnswer());
  }

  public Transcript getTranscript() {
    if (transcript == null && exercise() != null && exercise.getKind() == ExerciseKind.MITI) {
      transcript = Transcript.parse(exercise.getSourceText()).transcript().orElse(null);
    }
    return transcript;
  }

  public List<Utterance> getUtterances() {
    return getTranscript() == null ? List.of() : transcript.getUtterances();
  }

  public List<Behaviour> getBehaviours() {
    return List.of(Behaviour.values());
  }

  public List<GlobalScore> getGlobalScores() {
    return List.of(GlobalScore.values());
  }

  public List<Integer> getRatings() {
    return List.of(1, 2, 3, 4, 5);
  }

  /** The saved coding's summary scores (from what was saved, not what is being typed). */
  public MitiSummary getSummary() {
    return getAttempt() == null ? null : MitiSummary.of(Programmes.coding(attempt));
  }

  /** The saved coding's problems, turn by turn, in words. */
  public List<String> getCodingProblems() {
    if (getAttempt() == null || getTranscript() == null) {
      return List.of();
    }
    Coding coding = Programmes.coding(attempt);
    List<String> words = new ArrayList<>();
    for (CodingProblem p : coding.problems(transcript)) {
      String text = MitiText.text(p.key(), p.arguments().toArray());
      words.add(
          p.utteranceNumber() > 0
              ? MitiText.text("miti.coding.problem.turn", p.utteranceNumber(), text)
              : text);
    }
    return words;
  }

  /** Everyone's work (trainers), or the work a trainee may compare theirs with. */
  public List<Attempt> getOthers() {
    if (exercise() == null) {
      return List.of();
    }
    List<Attempt> all = new ArrayList<>(programmes.attempts(currentUser.caller(), id));
    all.removeIf(a -> a.getAccountId() == currentUser.caller().accountId());
    return all;
  }

  public String nameOf(long accountId) {
    return programmes.names(List.of(accountId)).getOrDefault(accountId, "");
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getRewrite() {
    return rewrite;
  }

  public void setRewrite(String rewrite) {
    this.rewrite = rewrite;
  }

  public Map<String, Object> getCodes() {
    return codes;
  }

  public Map<String, String> getGlobals() {
    return globals;
  }
}
