package org.casebook.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.casebook.review.Reviews;
import org.casebook.security.CurrentUser;

/** Reviews due soon and overdue: a worker's own, or the whole team's for a manager. */
@Named
@RequestScoped
public class ReviewWorklist {

  @Inject Reviews reviews;
  @Inject CurrentUser currentUser;

  private List<Reviews.Due> due;

  public List<Reviews.Due> getDue() {
    if (due == null) {
      due = reviews.worklist(currentUser.caller());
    }
    return due;
  }

  public long getOverdueCount() {
    return getDue().stream().filter(Reviews.Due::overdue).count();
  }
}
