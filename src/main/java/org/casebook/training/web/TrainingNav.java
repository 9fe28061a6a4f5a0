package org.casebook.training.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.casebook.security.CurrentUser;
import org.casebook.training.TrainingAccess;

/** Whether the menu offers the training area to someone who is not a trainer: trainees only. */
@Named
@RequestScoped
public class TrainingNav {

  @Inject TrainingAccess access;
  @Inject CurrentUser currentUser;

  private Boolean trainee;

  public boolean isTrainee() {
    if (trainee == null) {
      trainee = currentUser.isSignedIn() && access.isTrainee(currentUser.caller());
    }
    return trainee;
  }
}
