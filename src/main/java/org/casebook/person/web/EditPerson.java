package org.casebook.person.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.casebook.account.Account;
import org.casebook.account.Accounts;
import org.casebook.person.People;
import org.casebook.person.Person;
import org.casebook.person.PersonDetails;
import org.casebook.platform.EditConflict;
import org.casebook.platform.Messages;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.web.Pages;
import org.casebook.security.CurrentUser;

/**
 * Adding a person, or changing their details. A failed save keeps everything typed; if someone else
 * saved first, the worker sees both versions and decides.
 */
@Named
@ViewScoped
public class EditPerson implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "f:";

  @Inject People people;
  @Inject Accounts accounts;
  @Inject CurrentUser currentUser;
  @Inject org.casebook.platform.web.Dates dates;

  private Long id;
  private int version;
  private PersonForm form = new PersonForm();
  private Long leadWorkerId;
  private boolean restricted;
  private Long[] namedWorkerIds = new Long[0];
  private String knownAs;
  private List<Account> teamWorkers;

  private boolean conflict;
  private PersonForm latest;
  private int latestVersion;

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    teamWorkers = accounts.myTeam(currentUser.caller());
    if (id == null) {
      leadWorkerId = currentUser.isSocialWorker() ? currentUser.caller().accountId() : null;
      return;
    }
    try {
      Person person = people.open(currentUser.caller(), id, Pages.channel());
      version = person.getVersion();
      form = PersonForm.of(person);
      knownAs = person.getKnownAs();
      leadWorkerId = person.getLeadWorker() == null ? null : person.getLeadWorker().getId();
      restricted = person.isRestricted();
      namedWorkerIds = person.namedWorkerIds().toArray(new Long[0]);
    } catch (NotFound e) {
      Pages.notFound();
    }
  }

  public String save() {
    PersonDetails details = form.details();
    Map<String, PersonDetails.Problem> problems = details.problems(dates.today());
    if (!problems.isEmpty()) {
      problems.forEach(
          (field, p) -> Pages.fieldError(FORM + field, Messages.text(p.messageKey(), p.limit())));
      return null;
    }
    People.Allocation allocation =
        new People.Allocation(leadWorkerId, restricted, Arrays.asList(namedWorkerIds));
    try {
      Person saved;
      if (id == null) {
        saved = people.create(currentUser.caller(), details, allocation, Pages.channel());
        Pages.info("person.added", saved.getFullName());
      } else {
        saved =
            people.update(currentUser.caller(), id, version, details, allocation, Pages.channel());
        Pages.info("person.saved");
      }
      Pages.keepMessages();
      return "/person/view?faces-redirect=true&id=" + saved.getId();
    } catch (EditConflict e) {
      showConflict();
    } catch (RuleViolation e) {
      if ("person.nhsNumber.inUse".equals(e.messageKey())) {
        Pages.fieldError(FORM + "nhsNumber", Messages.text(e));
      } else {
        Pages.error(e);
      }
    }
    return null;
  }

  /** After a conflict the worker has seen both versions and chooses to save theirs over it. */
  public String saveMineAnyway() {
    version = latestVersion;
    conflict = false;
    return save();
  }

  private void showConflict() {
    Person now = people.open(currentUser.caller(), id, Pages.channel());
    latest = PersonForm.of(now);
    latestVersion = now.getVersion();
    conflict = true;
    Pages.error("edit.conflict");
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public PersonForm getForm() {
    return form;
  }

  public Long getLeadWorkerId() {
    return leadWorkerId;
  }

  public void setLeadWorkerId(Long leadWorkerId) {
    this.leadWorkerId = leadWorkerId;
  }

  public boolean isRestricted() {
    return restricted;
  }

  public void setRestricted(boolean restricted) {
    this.restricted = restricted;
  }

  public Long[] getNamedWorkerIds() {
    return namedWorkerIds;
  }

  public void setNamedWorkerIds(Long[] namedWorkerIds) {
    this.namedWorkerIds = namedWorkerIds == null ? new Long[0] : namedWorkerIds;
  }

  public List<Account> getTeamWorkers() {
    return teamWorkers;
  }

  public String getKnownAs() {
    return knownAs;
  }

  public boolean isConflict() {
    return conflict;
  }

  public PersonForm getLatest() {
    return latest;
  }

  public String getKeepKey() {
    return "person-" + (id == null ? "new" : id);
  }
}
