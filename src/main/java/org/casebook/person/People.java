package org.casebook.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.casebook.account.Account;
import org.casebook.account.Team;
import org.casebook.audit.AccessAction;
import org.casebook.audit.AccessLog;
import org.casebook.platform.EditConflict;
import org.casebook.platform.LikePattern;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.security.Caller;
import org.casebook.security.Role;

/**
 * The person register. Every method takes the caller and applies {@link PersonAccess}; every
 * opening, creation and change of a record is written to the access log.
 */
@ApplicationScoped
@Transactional
public class People {

  /** The part of every query that keeps a caller to the people they may see (cf. PersonAccess). */
  private static String visibleClause(Caller caller) {
    return caller.is(Role.TEAM_MANAGER)
        ? " p.team.id = :team"
        : " p.team.id = :team and (p.restricted = false or lw.id = :me or exists"
            + " (select q.id from Person q join q.namedWorkers nw where q = p and nw.id = :me))";
  }

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AccessLog accessLog;

  /** Who leads on a person and who else may open a restricted record. */
  public record Allocation(
      Long leadWorkerId, boolean restricted, Collection<Long> namedWorkerIds) {}

  public List<Person> search(Caller caller, PersonSearch search) {
    requireWorksWithPeople(caller);
    StringBuilder jpql =
        new StringBuilder(
            "select p from Person p left join p.leadWorker lw where" + visibleClause(caller));
    List<Object[]> params = new ArrayList<>();
    if (!PersonSearch.blank(search.name())) {
      jpql.append(
          " and (lower(p.fullName) like :name escape '!' or lower(p.preferredName) like :name escape '!')");
      params.add(
          new Object[] {
            "name", LikePattern.containing(search.name().strip().toLowerCase(Locale.UK))
          });
    }
    if (search.dateOfBirth() != null) {
      jpql.append(" and p.dateOfBirth = :dob");
      params.add(new Object[] {"dob", search.dateOfBirth()});
    }
    if (!PersonSearch.blank(search.nhsNumber())) {
      jpql.append(" and p.nhsNumber = :nhs");
      params.add(new Object[] {"nhs", NhsNumber.strip(search.nhsNumber())});
    }
    if (!PersonSearch.blank(search.postcode())) {
      Optional<String> whole = Postcode.normalise(search.postcode());
      if (whole.isPresent()) {
        jpql.append(" and p.postcode = :pc");
        params.add(new Object[] {"pc", whole.get()});
      } else {
        jpql.append(" and p.postcode like :pc escape '!'");
        params.add(
            new Object[] {"pc", LikePattern.escape(Postcode.compact(search.postcode())) + " %"});
      }
    }
    jpql.append(" order by p.fullName, p.id");
    TypedQuery<Person> query = visibleTo(em.createQuery(jpql.toString(), Person.class), caller);
    for (Object[] p : params) {
      query.setParameter((String) p[0], p[1]);
    }
    return query.setMaxResults(PersonSearch.MAX_RESULTS).getResultList();
  }

  /** People the caller leads on or is named for (social workers); the whole team (managers). */
  public List<Person> mine(Caller caller) {
    requireWorksWithPeople(caller);
    String mine =
        caller.is(Role.TEAM_MANAGER)
            ? ""
            : " and (lw.id = :me or exists (select r.id from Person r join r.namedWorkers rw"
                + " where r = p and rw.id = :me))";
    return visibleTo(
            em.createQuery(
                "select p from Person p left join p.leadWorker lw where"
                    + visibleClause(caller)
                    + mine
                    + " order by p.fullName, p.id",
                Person.class),
            caller)
        .setMaxResults(PersonSearch.MAX_RESULTS)
        .getResultList();
  }

  /** How many of the team's people each worker leads on, for the manager's home page. */
  public long countLedBy(Caller caller, long workerId) {
    caller.require(Role.TEAM_MANAGER);
    return em.createQuery(
            "select count(p) from Person p where p.leadWorker.id = :w and p.team.id = :team",
            Long.class)
        .setParameter("w", workerId)
        .setParameter("team", caller.teamId())
        .getSingleResult();
  }

  /** Opens a record: checks access and writes the access log. */
  public Person open(Caller caller, long id, String channel) {
    Person person = visible(caller, id);
    accessLog.record(caller, id, AccessAction.VIEWED, channel);
    return person;
  }

  public Person create(
      Caller caller, PersonDetails details, Allocation allocation, String channel) {
    requireWorksWithPeople(caller);
    requireNhsNumberFree(details, null);
    Team team = em.find(Team.class, caller.teamId());
    Person person =
        new Person(details, team, caller.username(), clock.instant(), LocalDate.now(clock));
    applyAllocation(caller, person, allocation);
    em.persist(person);
    em.flush();
    accessLog.record(caller, person.getId(), AccessAction.CREATED, channel);
    return person;
  }

  /**
   * Saves changes made from the given version. If someone else saved in between, nothing is
   * overwritten: {@link EditConflict} is thrown and the caller's typing stays on their screen.
   */
  public Person update(
      Caller caller,
      long id,
      int version,
      PersonDetails details,
      Allocation allocation,
      String channel) {
    Person person = visible(caller, id);
    if (person.getVersion() != version) {
      throw new EditConflict("person");
    }
    requireNhsNumberFree(details, id);
    person.update(details, caller.username(), clock.instant(), LocalDate.now(clock));
    if (allocation != null) {
      applyAllocation(caller, person, allocation);
    }
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new EditConflict("person");
    }
    accessLog.record(caller, id, AccessAction.CHANGED, channel);
    return person;
  }

  /** Checks that a new NHS number is not already on another person's record. */
  public boolean nhsNumberInUse(String nhsNumber, Long exceptPersonId) {
    return em.createQuery("select p.id from Person p where p.nhsNumber = :n", Long.class)
        .setParameter("n", NhsNumber.strip(nhsNumber))
        .getResultStream()
        .anyMatch(id -> !id.equals(exceptPersonId));
  }

  private void requireNhsNumberFree(PersonDetails details, Long personId) {
    if (details.nhsNumber() != null
        && NhsNumber.isValid(details.nhsNumber())
        && nhsNumberInUse(details.nhsNumber(), personId)) {
      throw new RuleViolation("person.nhsNumber.inUse");
    }
  }

  private void applyAllocation(Caller caller, Person person, Allocation allocation) {
    Account lead =
        allocation.leadWorkerId() == null
            ? null
            : em.find(Account.class, allocation.leadWorkerId());
    if (allocation.leadWorkerId() != null && lead == null) {
      throw new RuleViolation("person.leadWorker.otherTeam");
    }
    List<Account> named = new ArrayList<>();
    for (Long workerId : allocation.namedWorkerIds()) {
      Account worker = em.find(Account.class, workerId);
      if (worker == null) {
        throw new RuleViolation("person.namedWorker.otherTeam");
      }
      named.add(worker);
    }
    if (allocation.restricted() && caller.is(Role.SOCIAL_WORKER)) {
      // A worker who restricts a record must not lock themselves out of it.
      boolean selfIncluded =
          named.stream().anyMatch(a -> a.getId() == caller.accountId())
              || (lead != null && lead.getId() == caller.accountId());
      if (!selfIncluded) {
        named.add(em.find(Account.class, caller.accountId()));
      }
    }
    person.allocateTo(lead, caller.username(), clock.instant());
    person.restrict(allocation.restricted(), named, caller.username(), clock.instant());
  }

  /**
   * The person, if the caller may see them; otherwise {@link NotFound}. Writes nothing to the
   * access log: for services that log their own, more precise, access (a conversation, a plan).
   */
  public Person visible(Caller caller, long id) {
    requireWorksWithPeople(caller);
    Person person = em.find(Person.class, id);
    if (person == null || !PersonAccess.canOpen(caller, person)) {
      throw new NotFound("person");
    }
    return person;
  }

  private static <T> TypedQuery<T> visibleTo(TypedQuery<T> query, Caller caller) {
    query.setParameter("team", caller.teamId());
    if (!caller.is(Role.TEAM_MANAGER)) {
      query.setParameter("me", caller.accountId());
    }
    return query;
  }

  private static void requireWorksWithPeople(Caller caller) {
    if (!caller.role().worksWithPeople() || caller.teamId() == null) {
      throw new Caller.AccessDenied();
    }
  }
}
