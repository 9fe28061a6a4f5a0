package org.casebook.practice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.casebook.practice.Audits;
import org.casebook.security.CurrentUser;

/** The feedback a worker has had from case-file audits of their records. */
@Named
@RequestScoped
public class AuditFeedbackPage {

  @Inject Audits audits;
  @Inject CurrentUser currentUser;

  private List<Audits.Row> rows;

  public List<Audits.Row> getRows() {
    if (rows == null) {
      rows = audits.feedbackFor(currentUser.caller());
    }
    return rows;
  }
}
