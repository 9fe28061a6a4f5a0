package org.casebook.contact.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.casebook.contact.Contact;
import org.casebook.contact.Contacts;
import org.casebook.contact.ResolutionDetails;
import org.casebook.contact.ResolutionRoute;
import org.casebook.person.People;
import org.casebook.person.Person;
import org.casebook.platform.FieldsRefused;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.UkDates;
import org.casebook.platform.web.FieldErrors;
import org.casebook.platform.web.Pages;
import org.casebook.security.CurrentUser;

/** Records how a front-door request was resolved, and whether the worker judges it will last. */
@Named
@ViewScoped
public class ResolveRequest implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject People people;
  @Inject Contacts contacts;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  private Long contactId;
  private Contact contact;
  private Person person;

  private String resolvedOn;
  private ResolutionRoute route;
  private Boolean sustainable;
  private String reason;

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (contactId == null) {
      Pages.notFound();
      return;
    }
    try {
      contact = contacts.contact(currentUser.caller(), contactId);
      person = people.open(currentUser.caller(), contact.getPersonId(), Pages.channel());
      resolvedOn = UkDates.forInput(LocalDate.now(clock));
    } catch (NotFound e) {
      Pages.notFound();
    }
  }

  public String save() {
    try {
      contacts.resolve(
          currentUser.caller(),
          contactId,
          new ResolutionDetails(resolvedOn, route, sustainable, reason),
          Pages.channel());
      Pages.info("resolution.saved");
      Pages.keepMessages();
      return "/person/view?faces-redirect=true&id=" + person.getId();
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

  public List<ResolutionRoute> getRoutes() {
    return List.of(ResolutionRoute.values());
  }

  public Long getContactId() {
    return contactId;
  }

  public void setContactId(Long contactId) {
    this.contactId = contactId;
  }

  public Contact getContact() {
    return contact;
  }

  public Person getPerson() {
    return person;
  }

  public String getResolvedOn() {
    return resolvedOn;
  }

  public void setResolvedOn(String resolvedOn) {
    this.resolvedOn = resolvedOn;
  }

  public ResolutionRoute getRoute() {
    return route;
  }

  public void setRoute(ResolutionRoute route) {
    this.route = route;
  }

  public Boolean getSustainable() {
    return sustainable;
  }

  public void setSustainable(Boolean sustainable) {
    this.sustainable = sustainable;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
