package org.casebook.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.casebook.audit.AccessLog;
import org.casebook.audit.AccessLogEntry;
import org.casebook.platform.NotFound;
import org.casebook.security.CurrentUser;

/** A person's access log, for their team manager or an administrator. */
@Named
@RequestScoped
public class AccessLogPage {

  @Inject AccessLog accessLog;
  @Inject CurrentUser currentUser;

  private Long id;
  private List<AccessLogEntry> entries;
  private boolean notFound;

  public void load() {
    if (id == null) {
      return;
    }
    try {
      entries = accessLog.forPerson(currentUser.caller(), id);
    } catch (NotFound e) {
      notFound = true;
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public List<AccessLogEntry> getEntries() {
    return entries;
  }

  public boolean isNotFound() {
    return notFound;
  }
}
