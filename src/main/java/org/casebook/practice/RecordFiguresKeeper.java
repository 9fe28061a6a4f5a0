package org.casebook.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.casebook.account.Account;
import org.casebook.account.Accounts;
import org.casebook.conversation.Conversation;
import org.casebook.conversation.RecordChanged;
import org.casebook.language.LanguageService;
import org.casebook.person.Person;

/**
 * Keeps each signed conversation's practice figures up to date: counted when it is signed, again
 * when an addendum corrects it or a connection is made from it, in the same transaction, with the
 * change carried to its month's totals for the culture dashboard.
 */
@ApplicationScoped
@Transactional
public class RecordFiguresKeeper {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Accounts accounts;
  @Inject LanguageService language;
  @Inject RecordFigureMonths months;

  void on(@Observes RecordChanged changed) {
    refresh(changed.conversationId());
  }

  /** Counts the conversation's figures again, if it is signed. */
  public void refresh(long conversationId) {
    Conversation c = em.find(Conversation.class, conversationId);
    if (c == null || !c.isFinal()) {
      return;
    }
    long assets =
        em.createQuery("select count(l) from AssetLink l where l.conversationId = :c", Long.class)
            .setParameter("c", conversationId)
            .getSingleResult();
    RecordCounts counts = RecordCounts.of(language.checker(), c.notes(), (int) assets);
    // Locked, so that two changes to one record at the same moment carry to its month one after
    // the other, each from the figures the other left.
    RecordFigure figure =
        em.find(RecordFigure.class, conversationId, LockModeType.PESSIMISTIC_WRITE);
    RecordTotals before = figure == null ? RecordTotals.NONE : RecordTotals.of(figure.counts());
    if (figure == null) {
      Person person = em.find(Person.class, c.getPersonId());
      long worker = accounts.findByUsername(c.getFinalisedBy()).map(Account::getId).orElse(0L);
      figure =
          new RecordFigure(
              conversationId,
              c.getPersonId(),
              person.getTeam().getId(),
              worker,
              YearMonth.from(c.getFinalisedAt().atZone(clock.getZone())));
      figure.count(counts, clock.instant());
      em.persist(figure);
    } else {
      figure.count(counts, clock.instant());
    }
    months.add(
        figure.getTeamId(),
        figure.month(),
        figure.getWorkerId(),
        RecordTotals.of(counts).minus(before));
  }

  /**
   * Signed conversations without figures yet (signed before figures were kept), a batch at a time.
   */
  public List<Long> missing(int batch) {
    return em.createQuery(
            "select c.id from Conversation c where c.status ="
                + " org.casebook.conversation.ConversationStatus.FINAL"
                + " and not exists (select f.conversationId from RecordFigure f"
                + " where f.conversationId = c.id) order by c.id",
            Long.class)
        .setMaxResults(batch)
        .getResultList();
  }
}
