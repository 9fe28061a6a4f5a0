package org.casebook.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.YearMonth;

/**
 * The practice figures of each team's month, worker by worker ({@code record_figure_month}), kept
 * in step with every record's figures in the same transaction. A change is added to the month's row
 * in one statement (inserted if it is the first), so two records signed at the same moment by the
 * same worker both count: the database adds them one after the other.
 */
@ApplicationScoped
@Transactional
public class RecordFigureMonths {

  private static final String ADD =
      "INSERT INTO record_figure_month (team_id, record_month, worker_id, records, words,"
          + " findings, own_words, with_strengths, with_network, with_assets, with_own_word_goals,"
          + " goals, own_word_goals) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
          + " ON DUPLICATE KEY UPDATE records = records + ?14, words = words + ?15,"
          + " findings = findings + ?16, own_words = own_words + ?17,"
          + " with_strengths = with_strengths + ?18, with_network = with_network + ?19,"
          + " with_assets = with_assets + ?20, with_own_word_goals = with_own_word_goals + ?21,"
          + " goals = goals + ?22, own_word_goals = own_word_goals + ?23";

  private static final String KEY = " team_id = ?1 AND record_month = ?2 AND worker_id = ?3";

  private static final String RECOUNT =
      "INSERT INTO record_figure_month (team_id, record_month, worker_id, records, words,"
          + " findings, own_words, with_strengths, with_network, with_assets, with_own_word_goals,"
          + " goals, own_word_goals) SELECT team_id, record_month, worker_id, COUNT(*), SUM(words),"
          + " SUM(findings), SUM(own_words), SUM(CASE WHEN strengths > 0 THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN network > 0 THEN 1 ELSE 0 END), SUM(CASE WHEN assets > 0 THEN 1 ELSE"
          + " 0 END), SUM(CASE WHEN own_word_goals > 0 THEN 1 ELSE 0 END), SUM(goals),"
          + " SUM(own_word_goals) FROM record_figure WHERE"
          + KEY
          + " GROUP BY team_id, record_month, worker_id";

  @PersistenceContext EntityManager em;

  /** Adds a change in one record's figures (or a new record's) to its month. */
  void add(long teamId, YearMonth month, long workerId, RecordTotals change) {
    if (change.isNone()) {
      return;
    }
    Query q =
        em.createNativeQuery(ADD)
            .setParameter(1, teamId)
            .setParameter(2, java.sql.Date.valueOf(month.atDay(1)))
            .setParameter(3, workerId);
    long[] values = {
      change.records(),
      change.words(),
      change.findings(),
      change.ownWords(),
      change.withStrengths(),
      change.withNetwork(),
      change.withAssets(),
      change.withOwnWordGoals(),
      change.goals(),
      change.ownWordGoals()
    };
    for (int i = 0; i < values.length; i++) {
      q.setParameter(4 + i, values[i]);
      q.setParameter(14 + i, values[i]);
    }
    q.executeUpdate();
  }

  /**
   * Counts one worker's month in a team again from the records' own figures: for figures moved to
   * another month by hand (demo data made as if signed months ago, tests of months that have
   * ended).
   */
  public void recount(long teamId, YearMonth month, long workerId) {
    for (String sql : new String[] {"DELETE FROM record_figure_month WHERE" + KEY, RECOUNT}) {
      em.createNativeQuery(sql)
          .setParameter(1, teamId)
          .setParameter(2, java.sql.Date.valueOf(month.atDay(1)))
          .setParameter(3, workerId)
          .executeUpdate();
    }
  }
}
