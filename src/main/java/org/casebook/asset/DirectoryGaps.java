package org.casebook.asset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.casebook.security.Caller;
import org.casebook.security.Role;

/**
 * Where the council is short of community capacity: active assets in each ward against the people
 * from the ward and the conversations held with them (see {@link WardGaps} for the rule). For team
 * managers and administrators. The figures cover the whole council, every team, because they are
 * counts only: the queries read no names and nothing about any one person.
 */
@ApplicationScoped
@Transactional
public class DirectoryGaps {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * Gaps by ward for a period of conversations.
   *
   * @param gaps the figures
   * @param from the first day of the period (a year before {@code to}, plus a day)
   * @param to the last day of the period (today)
   */
  public record Report(WardGaps gaps, LocalDate from, LocalDate to) {
    public WardGaps getGaps() {
      return gaps;
    }

    public LocalDate getFrom() {
      return from;
    }

    public LocalDate getTo() {
      return to;
    }
  }

  /** Gaps by ward, with conversations held in the last 12 months up to and including today. */
  public Report byWard(Caller caller) {
    if (caller == null) {
      throw new Caller.AccessDenied();
    }
    caller.require(Role.TEAM_MANAGER, Role.LEADER, Role.ADMIN);
    LocalDate to = LocalDate.now(clock);
    LocalDate from = to.minusYears(1).plusDays(1);
    WardGaps.Builder gaps = WardGaps.builder();
    // The council's wards first, so each ward is named as the postcode directory spells it.
    em.createQuery(
            "select distinct l.ward from PostcodeLocation l where l.ward is not null"
                + " order by l.ward",
            String.class)
        .getResultList()
        .forEach(gaps::ward);
    for (Object[] row :
        em.createQuery(
                "select a.ward, a.category, count(a) from Asset a where a.retiredAt is null"
                    + " group by a.ward, a.category order by a.ward",
                Object[].class)
            .getResultList()) {
      gaps.assets((String) row[0], (AssetCategory) row[1], ((Number) row[2]).longValue());
    }
    for (Object[] row :
        em.createQuery(
                "select p.ward, count(p) from Person p group by p.ward order by p.ward",
                Object[].class)
            .getResultList()) {
      gaps.people((String) row[0], ((Number) row[1]).longValue());
    }
    for (Object[] row :
        em.createQuery(
                "select p.ward, count(c) from Conversation c, Person p where p.id = c.personId"
                    + " and c.heldOn between :from and :to group by p.ward order by p.ward",
                Object[].class)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList()) {
      gaps.conversations((String) row[0], ((Number) row[1]).longValue());
    }
    return new Report(gaps.build(), from, to);
  }
}
