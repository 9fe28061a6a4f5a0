package org.casebook.training.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.casebook.account.Account;
import org.casebook.platform.EditConflict;
import org.casebook.platform.FieldsRefused;
import org.casebook.platform.NotFound;
import org.casebook.platform.web.FieldErrors;
import org.casebook.platform.web.Pages;
import org.casebook.security.Caller;
import org.casebook.security.CurrentUser;
import org.casebook.security.Role;
import org.casebook.training.Attempt;
import org.casebook.training.Exercise;
import org.casebook.training.Programme;
import org.casebook.training.Programmes;

/**
 * One programme: its trainees (trainers enrol and remove them), its exercises, and each trainee's
 * progress on each exercise. Trainees see the exercises and their own progress.
 */
@Named
@ViewScoped
public class ProgrammePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Programmes programmes;
  @Inject CurrentUser currentUser;

  private Long id;
  private Long trainee;
  private transient Programme programme;

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (id == null || !read()) {
      Pages.notFound();
    }
  }

  private boolean read() {
    try {
      programme = programmes.programme(currentUser.caller(), id);
      return true;
    } catch (NotFound | Caller.AccessDenied e) {
      return false;
    }
  }

  public void enrol() {
    try {
      if (trainee == null) {
        throw new FieldsRefused(
            java.util.Map.of(
                "trainee",
                new org.casebook.platform.FieldProblem("training.programme.trainee.required")));
      }
      programmes.enrol(currentUser.caller(), id, trainee);
      Pages.info("training.programme.enrolled");
      trainee = null;
    } catch (FieldsRefused e) {
      FieldErrors.show("enrol", e.problems(), "form.problems");
    } catch (NotFound | Caller.AccessDenied e) {
      Pages.notFound();
    }
  }

  public void remove(long accountId) {
    try {
      programmes.unenrol(currentUser.caller(), id, accountId);
      Pages.info("training.programme.removed");
    } catch (Caller.AccessDenied e) {
      Pages.notFound();
    }
  }

  public String close() {
    try {
      programmes.close(currentUser.caller(), id, getProgramme().getVersion());
      Pages.info("training.programme.closed");
      Pages.keepMessages();
      return "/training/programme?faces-redirect=true&id=" + id;
    } catch (EditConflict e) {
      Pages.error("training.programme.conflict");
    } catch (NotFound | Caller.AccessDenied e) {
      Pages.notFound();
    }
    return null;
  }

  public Programme getProgramme() {
    if (programme == null && id != null) {
      read();
    }
    return programme;
  }

  public boolean isTrainer() {
    return currentUser.caller() != null && currentUser.caller().is(Role.TRAINER);
  }

  public List<Account> getMembers() {
    return isTrainer() ? programmes.members(currentUser.caller(), id) : List.of();
  }

  public List<Account> getEnrollable() {
    return isTrainer() ? programmes.enrollable(currentUser.caller(), id) : List.of();
  }

  public List<Exercise> getExercises() {
    return getProgramme() == null ? List.of() : programmes.exercises(currentUser.caller(), id);
  }

  public List<Programmes.Progress> getProgress() {
    return isTrainer() ? programmes.progress(currentUser.caller(), id) : List.of();
  }

  /** The caller's own work on an exercise, for a trainee's list. */
  public Attempt own(long exerciseId) {
    return programmes.own(currentUser.caller(), exerciseId).orElse(null);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getTrainee() {
    return trainee;
  }

  public void setTrainee(Long trainee) {
    this.trainee = trainee;
  }
}
