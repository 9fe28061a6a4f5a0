package org.casebook.contact.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.casebook.contact.CodedList;
import org.casebook.contact.CodedLists;
import org.casebook.contact.CodedValue;
import org.casebook.contact.Contact;
import org.casebook.contact.ContactDetails;
import org.casebook.contact.Contacts;
import org.casebook.person.People;
import org.casebook.person.Person;
import org.casebook.platform.FieldsRefused;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.UkDates;
import org.casebook.platform.web.FieldErrors;
import org.casebook.platform.web.Pages;
import org.casebook.security.CurrentUser;

/**
 * The quick front-door form: a contact about a person in under a minute. The person's last contact
 * and how it was resolved stand beside it, so a repeat is seen before it is saved.
 */
@Named
@ViewScoped
public class RecordContact implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject People people;
  @Inject Contacts contacts;
  @Inject CodedLists codedLists;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  private Long personId;
  private Person person;
  private Contacts.ContactRow latest;
  private int window;
  private List<CodedValue> sources = List.of();
  private List<CodedValue> routes = List.of();
  private List<CodedValue> nextSteps = List.of();

  private String contactedOn;
  private Long sourceId;
  private Long routeId;
  private String reason;
  private Long nextStepId;

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (personId == null) {
      Pages.notFound();
      return;
    }
    try {
      person = people.open(currentUser.caller(), personId, Pages.channel());
      Contacts.History history = contacts.history(currentUser.caller(), personId);
      latest = history.getLatest();
      window = history.window();
      sources = codedLists.active(CodedList.SOURCE);
      routes = codedLists.active(CodedList.ROUTE);
      nextSteps = codedLists.active(CodedList.NEXT_STEP);
      contactedOn = UkDates.forInput(LocalDate.now(clock));
    } catch (NotFound e) {
      Pages.notFound();
    }
  }

  public String save() {
    try {
      Contact contact =
          contacts.record(
              currentUser.caller(),
              personId,
              new ContactDetails(contactedOn, sourceId, routeId, reason, nextStepId),
              Pages.channel());
      if (contact.isRepeatWithin(window)) {
        Pages.info("contact.saved.repeat", person.getKnownAs(), window);
      } else {
        Pages.info("contact.saved");
      }
      Pages.keepMessages();
      return "/person/view?faces-redirect=true&id=" + personId;
    } catch (org.casebook.platform.EditConflict e) {
      Pages.error("contact.conflict");
    } catch (FieldsRefused e) {
      FieldErrors.show("f", e.problems(), "form.problems");
    } catch (NotFound e) {
      Pages.notFound();
    } catch (RuleViolation e) {
      Pages.error(e);
    }
    return null;
  }

  public Long getPersonId() {
    return personId;
  }

  public void setPersonId(Long personId) {
    this.personId = personId;
  }

  public Person getPerson() {
    return person;
  }

  public Contacts.ContactRow getLatest() {
    return latest;
  }

  public int getWindow() {
    return window;
  }

  public List<CodedValue> getSources() {
    return sources;
  }

  public List<CodedValue> getRoutes() {
    return routes;
  }

  public List<CodedValue> getNextSteps() {
    return nextSteps;
  }

  public String getContactedOn() {
    return contactedOn;
  }

  public void setContactedOn(String contactedOn) {
    this.contactedOn = contactedOn;
  }

  public Long getSourceId() {
    return sourceId;
  }

  public void setSourceId(Long sourceId) {
    this.sourceId = sourceId;
  }

  public Long getRouteId() {
    return routeId;
  }

  public void setRouteId(Long routeId) {
    this.routeId = routeId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Long getNextStepId() {
    return nextStepId;
  }

  public void setNextStepId(Long nextStepId) {
    this.nextStepId = nextStepId;
  }
}
