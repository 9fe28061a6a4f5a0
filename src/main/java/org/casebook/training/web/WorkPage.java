package org.casebook.training.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.casebook.language.Finding;
import org.casebook.platform.NotFound;
import org.casebook.platform.web.Pages;
import org.casebook.security.Caller;
import org.casebook.security.CurrentUser;
import org.casebook.training.Attempt;
import org.casebook.training.Exercise;
import org.casebook.training.Programmes;
import org.casebook.training.miti.Agreement;
import org.casebook.training.miti.Behaviour;
import org.casebook.training.miti.Coding;
import org.casebook.training.miti.MitiSummary;
import org.casebook.training.miti.Transcript;
import org.casebook.training.miti.Utterance;

/**
 * Someone's work on an exercise, read only (trainers: anyone's; a trainee: their own), and two
 * codings of the same conversation compared ({@code ?id=…&with=…}).
 */
@Named
@RequestScoped
public class WorkPage {

  @Inject Programmes programmes;
  @Inject CurrentUser currentUser;

  private Attempt work;
  private Attempt other;
  private Exercise exercise;
  private Transcript transcript;
  private Agreement agreement;

  public void load() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    try {
      Caller caller = currentUser.caller();
      work = programmes.attempt(caller, Long.parseLong(params.getOrDefault("id", "-1")));
      exercise = programmes.exercise(caller, work.getExerciseId());
      transcript = Transcript.parse(exercise.getSourceText()).transcript().orElse(null);
      String with = params.get("with");
      if (with != null && !with.isBlank()) {
        other = programmes.attempt(caller, Long.parseLong(with.strip()));
        if (other.getExerciseId() != work.getExerciseId() || transcript == null) {
          throw new NotFound("work");
        }
        agreement =
            Agreement.between(transcript, Programmes.coding(work), Programmes.coding(other));
      }
    } catch (NotFound | Caller.AccessDenied | NumberFormatException e) {
      Pages.notFound();
    }
  }

  public Attempt getWork() {
    return work;
  }

  public Attempt getOther() {
    return other;
  }

  public Exercise getExercise() {
    return exercise;
  }

  public Agreement getAgreement() {
    return agreement;
  }

  public List<Utterance> getUtterances() {
    return transcript == null ? List.of() : transcript.getUtterances();
  }

  public Coding getCoding() {
    return work == null ? null : Programmes.coding(work);
  }

  public MitiSummary getSummary() {
    return work == null ? null : MitiSummary.of(Programmes.coding(work));
  }

  public MitiSummary getOtherSummary() {
    return other == null ? null : MitiSummary.of(Programmes.coding(other));
  }

  /** "CR, Q": the codes given to a turn, by their MITI abbreviations. */
  public String codesOf(Coding coding, int turn) {
    return String.join(", ", coding.codes(turn).stream().map(Behaviour::getAbbreviation).toList());
  }

  public List<Finding> getFindingsBefore() {
    return exercise == null
        ? List.of()
        : programmes.findings(currentUser.caller(), exercise.getSourceText());
  }

  public List<Finding> getFindingsAfter() {
    return work == null || work.getAnswer() == null
        ? List.of()
        : programmes.findings(currentUser.caller(), work.getAnswer());
  }

  public String nameOf(long accountId) {
    return programmes.names(List.of(accountId)).getOrDefault(accountId, "");
  }
}
