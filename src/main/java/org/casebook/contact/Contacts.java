package org.casebook.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.audit.AccessAction;
import org.casebook.audit.AccessLog;
import org.casebook.person.People;
import org.casebook.person.Person;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.FieldsRefused;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.security.Caller;

/**
 * Front-door contacts and resolutions, under the same access rules as the person's record: only the
 * social workers and managers who may open the record see or add to it, and every change is written
 * to the access log. After each change the person's requests, repeats and comebacks are worked out
 * again.
 */
@ApplicationScoped
@Transactional
public class Contacts {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject People people;
  @Inject AccessLog accessLog;
  @Inject CodedLists codedLists;
  @Inject FrontDoorSettings settings;

  /** Records a contact about the person. Refused, with every problem by field, if incomplete. */
  public Contact record(Caller caller, long personId, ContactDetails details, String channel) {
    Person person = people.visible(caller, personId);
    LocalDate today = LocalDate.now(clock);
    Map<String, FieldProblem> problems = new LinkedHashMap<>(details.problems(today));
    CodedValue source = codedLists.offered(CodedList.SOURCE, details.sourceId());
    CodedValue route = codedLists.offered(CodedList.ROUTE, details.routeId());
    CodedValue next = codedLists.offered(CodedList.NEXT_STEP, details.nextStepId());
    if (details.sourceId() != null && source == null) {
      problems.put("source", new FieldProblem("contact.source.required"));
    }
    if (details.routeId() != null && route == null) {
      problems.put("route", new FieldProblem("contact.route.required"));
    }
    if (details.nextStepId() != null && next == null) {
      problems.put("nextStep", new FieldProblem("contact.nextStep.required"));
    }
    if (!problems.isEmpty()) {
      throw new FieldsRefused(orderOf(problems));
    }
    Contact contact =
        new Contact(
            personId,
            person.getTeam().getId(),
            caller.accountId(),
            person.getWard(),
            details.date().orElseThrow(),
            source,
            route,
            details.tidyReason(),
            next,
            caller.username(),
            clock.instant());
    em.persist(contact);
    try {
      em.flush();
      rework(personId);
    } catch (jakarta.persistence.OptimisticLockException e) {
      // Someone recorded a contact for the same person at the same moment: nothing is kept, and
      // the form keeps what was typed so it can be saved again.
      throw new org.casebook.platform.EditConflict("contact");
    }
    accessLog.record(caller, personId, AccessAction.RECORDED_CONTACT, channel);
    return contact;
  }

  private static Map<String, FieldProblem> orderOf(Map<String, FieldProblem> problems) {
    Map<String, FieldProblem> ordered = new LinkedHashMap<>();
    for (String field : List.of("contactedOn", "source", "route", "reason", "nextStep")) {
      if (problems.containsKey(field)) {
        ordered.put(field, problems.get(field));
      }
    }
    return ordered;
  }

  /** One contact, for the resolution form; the caller must be able to open the record. */
  public Contact contact(Caller caller, long contactId) {
    Contact contact = em.find(Contact.class, contactId);
    if (contact == null) {
      throw new NotFound("contact");
    }
    people.visible(caller, contact.getPersonId());
    return contact;
  }

  /** Resolves the request a contact belongs to, at the front door. */
  public Resolution resolve(
      Caller caller, long contactId, ResolutionDetails details, String channel) {
    Contact contact = em.find(Contact.class, contactId);
    if (contact == null) {
      throw new NotFound("contact");
    }
    Person person = people.visible(caller, contact.getPersonId());
    Contact first = firstOfRequest(contact);
    if (resolutionOf(first.getId()).isPresent()) {
      throw new RuleViolation("resolution.already");
    }
    Resolution resolution = keep(caller, person, first.getId(), null, details, false, "");
    accessLog.record(caller, person.getId(), AccessAction.RECORDED_RESOLUTION, channel);
    return resolution;
  }

  /**
   * Records the resolution reached at a review. It resolves the person's latest request on or
   * before the review that is not resolved yet, if there is one. The caller's access is checked
   * again here.
   */
  public Resolution resolveAtReview(
      Caller caller,
      long personId,
      long reviewId,
      ResolutionDetails details,
      boolean suggested,
      String prefix) {
    Person person = people.visible(caller, personId);
    LocalDate on = details.date().orElse(LocalDate.now(clock));
    Long contactId =
        em.createQuery(
                "select c.id from Contact c where c.personId = :p and c.requestStart = true"
                    + " and c.contactedOn <= :on and not exists (select r.id from Resolution r"
                    + " where r.contactId = c.id) order by c.contactedOn desc, c.id desc",
                Long.class)
            .setParameter("p", personId)
            .setParameter("on", on)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    return keep(caller, person, contactId, reviewId, details, suggested, prefix);
  }

  private Resolution keep(
      Caller caller,
      Person person,
      Long contactId,
      Long reviewId,
      ResolutionDetails details,
      boolean suggested,
      String prefix) {
    Map<String, FieldProblem> problems = details.problems(LocalDate.now(clock), prefix);
    if (!problems.isEmpty()) {
      throw new FieldsRefused(problems);
    }
    Resolution resolution =
        new Resolution(
            person.getId(),
            person.getTeam().getId(),
            caller.accountId(),
            person.getWard(),
            contactId,
            reviewId,
            details.date().orElseThrow(),
            details.route(),
            details.sustainable(),
            suggested,
            details.tidyReason(),
            caller.username(),
            clock.instant());
    em.persist(resolution);
    try {
      em.flush();
      rework(person.getId());
    } catch (jakarta.persistence.OptimisticLockException e) {
      throw new org.casebook.platform.EditConflict("resolution");
    } catch (jakarta.persistence.PersistenceException e) {
      // The unique index on the request: a colleague resolved it a moment ago.
      throw new RuleViolation("resolution.already");
    }
    return resolution;
  }

  /** The dates the person's requests began, earliest first (for Casebook's suggestion). */
  public List<LocalDate> requestsBegan(Caller caller, long personId) {
    people.visible(caller, personId);
    return em.createQuery(
            "select c.contactedOn from Contact c where c.personId = :p and c.requestStart = true"
                + " order by c.contactedOn",
            LocalDate.class)
        .setParameter("p", personId)
        .getResultList();
  }

  /** The person's front-door history, newest first, with repeats and resolutions beside. */
  public History history(Caller caller, long personId) {
    people.visible(caller, personId);
    List<Contact> contacts =
        em.createQuery(
                "select c from Contact c where c.personId = :p"
                    + " order by c.contactedOn desc, c.id desc",
                Contact.class)
            .setParameter("p", personId)
            .getResultList();
    List<Resolution> resolutions = resolutionsOf(personId);
    Map<Long, Contact> byId = new HashMap<>();
    contacts.forEach(c -> byId.put(c.getId(), c));
    Map<Long, Resolution> byContact = new HashMap<>();
    for (Resolution r : resolutions) {
      if (r.getContactId() != null) {
        byContact.put(r.getContactId(), r);
      }
    }
    Map<LocalDate, Contact> firstByBegan = new HashMap<>();
    for (Contact c : contacts) {
      if (c.isRequestStart()) {
        firstByBegan.put(c.getRequestBeganOn(), c);
      }
    }
    int window = settings.windowMonths();
    List<ContactRow> rows = new ArrayList<>();
    for (Contact c : contacts) {
      Contact first = firstByBegan.getOrDefault(c.getRequestBeganOn(), c);
      Contact previous = c.getPreviousId() == null ? null : byId.get(c.getPreviousId());
      rows.add(
          new ContactRow(
              c,
              c.isRepeatWithin(window),
              previous,
              previous == null ? null : byContact.get(previous.getId()),
              byContact.get(first.getId())));
    }
    List<ResolutionRow> resolved = new ArrayList<>();
    for (Resolution r : resolutions) {
      resolved.add(new ResolutionRow(r, r.isFlaggedWithin(window), r.cameBackWithin(window)));
    }
    return new History(rows, resolved, window);
  }

  /** One contact on the person's page. */
  public record ContactRow(
      Contact contact,
      boolean repeat,
      Contact previous,
      Resolution previousResolution,
      Resolution resolution) {
    public Contact getContact() {
      return contact;
    }

    public boolean isRepeat() {
      return repeat;
    }

    public Contact getPrevious() {
      return previous;
    }

    public Resolution getPreviousResolution() {
      return previousResolution;
    }

    public Resolution getResolution() {
      return resolution;
    }

    /** The request can be resolved from this row: it starts the request and has no resolution. */
    public boolean isResolvable() {
      return contact.isRequestStart() && resolution == null;
    }
  }

  /** One resolution, with whether it must be looked at again. */
  public record ResolutionRow(Resolution resolution, boolean flagged, boolean cameBack) {
    public Resolution getResolution() {
      return resolution;
    }

    public boolean isFlagged() {
      return flagged;
    }

    public boolean isCameBack() {
      return cameBack;
    }
  }

  public record History(List<ContactRow> contacts, List<ResolutionRow> resolutions, int window) {
    public List<ContactRow> getContacts() {
      return contacts;
    }

    public List<ResolutionRow> getResolutions() {
      return resolutions;
    }

    public int getWindow() {
      return window;
    }

    /** The most recent contact, shown beside the quick form. */
    public ContactRow getLatest() {
      return contacts.isEmpty() ? null : contacts.get(0);
    }
  }

  private List<Resolution> resolutionsOf(long personId) {
    return em.createQuery(
            "select r from Resolution r where r.personId = :p"
                + " order by r.resolvedOn desc, r.id desc",
            Resolution.class)
        .setParameter("p", personId)
        .getResultList();
  }

  private Optional<Resolution> resolutionOf(long firstContactId) {
    return em.createQuery("select r from Resolution r where r.contactId = :c", Resolution.class)
        .setParameter("c", firstContactId)
        .getResultStream()
        .findFirst();
  }

  private Contact firstOfRequest(Contact contact) {
    if (contact.isRequestStart()) {
      return contact;
    }
    return em.createQuery(
            "select c from Contact c where c.personId = :p and c.requestStart = true"
                + " and c.requestBeganOn = :b",
            Contact.class)
        .setParameter("p", contact.getPersonId())
        .setParameter("b", contact.getRequestBeganOn())
        .getResultStream()
        .findFirst()
        .orElse(contact);
  }

  /** Works out the person's requests, repeats and comebacks again and keeps them. */
  void rework(long personId) {
    List<Contact> contacts =
        em.createQuery("select c from Contact c where c.personId = :p", Contact.class)
            .setParameter("p", personId)
            .getResultList();
    List<Resolution> resolutions = resolutionsOf(personId);
    RequestHistory.Outcome outcome =
        RequestHistory.of(
            contacts.stream()
                .map(c -> new RequestHistory.ContactIn(c.getId(), c.getContactedOn()))
                .toList(),
            resolutions.stream()
                .map(
                    r ->
                        new RequestHistory.ResolutionIn(
                            r.getId(), r.getContactId(), r.getResolvedOn()))
                .toList(),
            settings.mergeDays());
    for (Contact c : contacts) {
      RequestHistory.Placed p = outcome.contacts().get(c.getId());
      c.placeIn(
          p.requestStart(), p.began(), p.previousId(), p.repeat3(), p.repeat6(), p.repeat12());
    }
    for (Resolution r : resolutions) {
      r.cameBack(outcome.cameBack().get(r.getId()));
    }
    em.flush();
  }
}
