package org.casebook.training.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.casebook.platform.FieldsRefused;
import org.casebook.platform.NotFound;
import org.casebook.platform.web.FieldErrors;
import org.casebook.platform.web.Pages;
import org.casebook.security.Caller;
import org.casebook.security.CurrentUser;
import org.casebook.training.Exercise;
import org.casebook.training.ExerciseKind;
import org.casebook.training.Programme;
import org.casebook.training.Programmes;
import org.casebook.training.miti.TranscriptProblem;

/**
 * Setting an exercise in a programme: a rewrite of a sample or a library case's words, or a MITI
 * coding of the practice conversation that comes with Casebook or one the trainer pastes. Trainers
 * only; what was typed is kept when something must be put right.
 */
@Named
@ViewScoped
public class NewExercisePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Programmes programmes;
  @Inject CurrentUser currentUser;

  private Long programme;
  private String kind;
  private String title;
  private String instructions;
  private String source;
  private String transcript;
  private final List<String> transcriptProblems = new ArrayList<>();
  private transient Programme shown;

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    try {
      shown = programmes.programme(currentUser.caller(), programme == null ? -1 : programme);
      currentUser.caller().require(org.casebook.security.Role.TRAINER);
      if (getExerciseKind() == ExerciseKind.MITI && source == null) {
        source = "sample";
      }
    } catch (NotFound | Caller.AccessDenied e) {
      Pages.notFound();
    }
  }

  public String set() {
    transcriptProblems.clear();
    var input = new Programmes.ExerciseInput(title, instructions, source, transcript);
    try {
      Exercise e =
          getExerciseKind() == ExerciseKind.MITI
              ? programmes.setCoding(currentUser.caller(), programme, input)
              : programmes.setRewrite(currentUser.caller(), programme, input);
      Pages.info("training.exercise.set", e.getTitle());
      Pages.keepMessages();
      return "/training/programme?faces-redirect=true&id=" + programme;
    } catch (Programmes.TranscriptRefused e) {
      for (TranscriptProblem p : e.parse().problems()) {
        transcriptProblems.add(MitiText.problem(p.line(), p.key(), p.arguments()));
      }
      FieldErrors.show("exercise", e.problems(), "form.problems");
    } catch (FieldsRefused e) {
      FieldErrors.show("exercise", e.problems(), "form.problems");
    } catch (NotFound | Caller.AccessDenied e) {
      Pages.notFound();
    }
    return null;
  }

  public ExerciseKind getExerciseKind() {
    return "MITI".equals(kind) ? ExerciseKind.MITI : ExerciseKind.REWRITE;
  }

  public List<Programmes.Source> getSources() {
    return getExerciseKind() == ExerciseKind.REWRITE
        ? programmes.rewriteSources(currentUser.caller())
        : List.of();
  }

  public Programme getShown() {
    if (shown == null && programme != null) {
      shown = programmes.programme(currentUser.caller(), programme);
    }
    return shown;
  }

  public String getSampleTranscript() {
    return Programmes.sampleTranscript();
  }

  public List<String> getTranscriptProblems() {
    return transcriptProblems;
  }

  public Long getProgramme() {
    return programme;
  }

  public void setProgramme(Long programme) {
    this.programme = programme;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getInstructions() {
    return instructions;
  }

  public void setInstructions(String instructions) {
    this.instructions = instructions;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getTranscript() {
    return transcript;
  }

  public void setTranscript(String transcript) {
    this.transcript = transcript;
  }
}
