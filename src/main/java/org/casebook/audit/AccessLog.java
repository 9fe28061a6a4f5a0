package org.casebook.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.casebook.platform.NotFound;
import org.casebook.security.Caller;
import org.casebook.security.Role;

/** Writes and reads the access log. */
@ApplicationScoped
@Transactional
public class AccessLog {

  public static final int PAGE_SIZE = 500;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** Records one access in the caller's transaction: if the access fails, so does its record. */
  public void record(Caller caller, long personId, AccessAction action, String channel) {
    record(caller, personId, null, action, channel);
  }

  /** Records an access to one of a person's conversations. */
  public void record(
      Caller caller, long personId, Long conversationId, AccessAction action, String channel) {
    em.persist(
        new AccessLogEntry(
            clock.instant(),
            caller.accountId(),
            caller.username(),
            personId,
            action,
            conversationId,
            channel));
  }

  /**
   * The newest entries for one person. Administrators may read any person's log; a team manager
   * only the log of their own team's people.
   */
  public List<AccessLogEntry> forPerson(Caller caller, long personId) {
    caller.require(Role.ADMIN, Role.TEAM_MANAGER);
    if (caller.is(Role.TEAM_MANAGER)) {
      List<Long> team =
          em.createQuery("select p.team.id from Person p where p.id = :id", Long.class)
              .setParameter("id", personId)
              .getResultList();
      if (team.isEmpty() || !caller.inTeam(team.get(0))) {
        throw new NotFound("person");
      }
    }
    return em.createQuery(
            "select e from AccessLogEntry e where e.personId = :id"
                + " order by e.occurredAt desc, e.id desc",
            AccessLogEntry.class)
        .setParameter("id", personId)
        .setMaxResults(PAGE_SIZE)
        .getResultList();
  }
}
