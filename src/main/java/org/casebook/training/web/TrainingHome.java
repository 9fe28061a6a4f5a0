package org.casebook.training.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.casebook.platform.web.Pages;
import org.casebook.security.CurrentUser;
import org.casebook.security.Role;
import org.casebook.training.TrainingAccess;
import org.casebook.training.TrainingCase;
import org.casebook.training.TrainingCases;

/**
 * The training area's first page: for trainers, what is waiting for them (cases they are preparing,
 * colleagues' cases to approve); for trainees, the library and their exercises. Anyone else is
 * refused.
 */
@Named
@RequestScoped
public class TrainingHome {

  @Inject TrainingCases cases;
  @Inject TrainingAccess access;
  @Inject CurrentUser currentUser;

  private TrainingCases.Worklist worklist;
  private Map<Long, String> names = Map.of();

  public void load() {
    var caller = currentUser.caller();
    if (!access.mayUse(caller)) {
      Pages.forbidden();
      return;
    }
    if (caller.is(Role.TRAINER)) {
      worklist = cases.worklist(caller);
      Set<Long> ids = new HashSet<>();
      for (var list :
          java.util.List.of(worklist.preparing(), worklist.toApprove(), worklist.waiting())) {
        for (TrainingCase t : list) {
          ids.add(t.getRequestedBy());
        }
      }
      names = cases.staffNames(ids);
    }
  }

  public boolean isTrainer() {
    return currentUser.caller() != null && currentUser.caller().is(Role.TRAINER);
  }

  public TrainingCases.Worklist getWorklist() {
    return worklist;
  }

  public String nameOf(long accountId) {
    return names.getOrDefault(accountId, "");
  }
}
