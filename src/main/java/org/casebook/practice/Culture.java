package org.casebook.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.account.Account;
import org.casebook.account.Team;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.Messages;
import org.casebook.report.Mean;
import org.casebook.security.Caller;
import org.casebook.security.Role;

/**
 * The practice culture dashboard's figures, added up in the database month by month: records from
 * the monthly totals kept beside each record's figures ({@code record_figure_month}, a few rows a
 * worker a month), audits from the sent audits' scores (read from their covering index). No row is
 * loaded to be counted, and nothing about any person is read. Access is checked here (see {@link
 * CultureAccess}).
 */
@ApplicationScoped
@Transactional
public class Culture {

  private static final List<AuditStatus> SENT =
      List.of(AuditStatus.WITH_WORKER, AuditStatus.CLOSED);

  private static final List<Role> WORKERS = List.of(Role.SOCIAL_WORKER, Role.TEAM_MANAGER);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** The figures for a filter; refused if it asks for anything the caller may not see. */
  public CultureFigures figures(Caller caller, CultureFilter asked) {
    CultureFilter f = CultureAccess.scope(caller, asked);
    if (f.teamId() == null) {
      f = f.withWorker(null);
    } else if (f.workerId() != null
        && !CultureAccess.choosesTeam(caller)
        && !inTeam(f.teamId(), f.workerId())) {
      throw new Caller.AccessDenied();
    }
    boolean byTeam = f.by() == CultureFilter.By.TEAM;
    List<CultureFigures.Tally<RecordTotals>> records = records(f, byTeam);
    List<CultureFigures.Tally<AuditTotals>> audits = audits(f, byTeam);
    Map<Long, String> names = new HashMap<>();
    if (f.by() == CultureFilter.By.TEAM) {
      names = teamNames(records, audits);
    } else if (f.by() == CultureFilter.By.WORKER) {
      names = workerNames(f.teamId(), records, audits);
    }
    return CultureFigures.of(
        f,
        YearMonth.now(clock),
        LocalDate.now(clock),
        f.teamId() == null ? null : teamName(f.teamId()),
        f.workerId() == null ? null : staffNames(Set.of(f.workerId())).get(f.workerId()),
        records,
        audits,
        names);
  }

  /**
   * What is wrong with the team and worker a leader or administrator asked for, field by field: a
   * team that does not exist, a worker without a team, or a worker not in the team. Anyone else
   * asking for what they may not see is refused ({@link Caller.AccessDenied}).
   */
  public Map<String, FieldProblem> problems(Caller caller, CultureFilter asked) {
    CultureFilter f = CultureAccess.scope(caller, asked);
    Map<String, FieldProblem> problems = new LinkedHashMap<>();
    if (!CultureAccess.choosesTeam(caller)) {
      if (f.workerId() != null && !inTeam(f.teamId(), f.workerId())) {
        throw new Caller.AccessDenied();
      }
      return problems;
    }
    if (f.teamId() != null && em.find(Team.class, f.teamId()) == null) {
      problems.put("team", new FieldProblem("culture.team.invalid"));
    } else if (f.workerId() != null) {
      if (f.teamId() == null) {
        problems.put("worker", new FieldProblem("culture.worker.teamFirst"));
      } else if (!inTeam(f.teamId(), f.workerId())) {
        problems.put("worker", new FieldProblem("culture.worker.invalid"));
      }
    }
    return problems;
  }

  /** The teams a caller may choose among: every team for leaders and administrators. */
  public List<Team> teams(Caller caller) {
    if (!CultureAccess.choosesTeam(caller)) {
      CultureAccess.team(caller, null);
      return List.of();
    }
    return em.createQuery("select t from Team t order by t.name", Team.class).getResultList();
  }

  /** The social workers and managers of the team in the caller's scope, to choose one. */
  public List<Account> workers(Caller caller, Long teamId) {
    Long team = CultureAccess.team(caller, teamId);
    if (team == null || !CultureAccess.choosesWorker(caller)) {
      return List.of();
    }
    return em.createQuery(
            "select a from Account a where a.team.id = :team and a.role in :roles"
                + " order by a.displayName, a.id",
            Account.class)
        .setParameter("team", team)
        .setParameter("roles", WORKERS)
        .getResultList();
  }

  // --- the queries ---------------------------------------------------------------------------

  /**
   * Whether a worker belongs to a team: a member now, or someone whose records were signed in it (a
   * worker who has since moved on).
   */
  private boolean inTeam(long team, long worker) {
    Account a = em.find(Account.class, worker);
    if (a != null && a.getTeam() != null && a.getTeam().getId() == team) {
      return true;
    }
    return !em.createNativeQuery(
            "SELECT worker_id FROM record_figure_month WHERE team_id = ?1 AND worker_id = ?2")
        .setParameter(1, team)
        .setParameter(2, worker)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Record totals by month and by team (whole council) or worker. */
  @SuppressWarnings("unchecked")
  private List<CultureFigures.Tally<RecordTotals>> records(CultureFilter f, boolean byTeam) {
    String key = byTeam ? "team_id" : "worker_id";
    StringBuilder sql =
        new StringBuilder("SELECT record_month, ")
            .append(key)
            .append(
                ", SUM(records), SUM(words), SUM(findings), SUM(own_words), SUM(with_strengths),"
                    + " SUM(with_network), SUM(with_assets), SUM(with_own_word_goals), SUM(goals),"
                    + " SUM(own_word_goals) FROM record_figure_month"
                    + " WHERE record_month BETWEEN ?1 AND ?2");
    if (f.teamId() != null) {
      sql.append(" AND team_id = ?3");
    }
    if (f.workerId() != null) {
      sql.append(" AND worker_id = ?4");
    }
    sql.append(" GROUP BY record_month, ").append(key);
    Query q =
        em.createNativeQuery(sql.toString())
            .setParameter(1, java.sql.Date.valueOf(f.firstCounted().atDay(1)))
            .setParameter(2, java.sql.Date.valueOf(f.end().atDay(1)));
    if (f.teamId() != null) {
      q.setParameter(3, f.teamId());
    }
    if (f.workerId() != null) {
      q.setParameter(4, f.workerId());
    }
    List<CultureFigures.Tally<RecordTotals>> tallies = new ArrayList<>();
    for (Object[] row : (List<Object[]>) q.getResultList()) {
      tallies.add(
          new CultureFigures.Tally<>(
              month(row[0]),
              id(row[1]),
              new RecordTotals(
                  n(row[2]),
                  n(row[3]),
                  n(row[4]),
                  n(row[5]),
                  n(row[6]),
                  n(row[7]),
                  n(row[8]),
                  n(row[9]),
                  n(row[10]),
                  n(row[11]))));
    }
    return tallies;
  }

  /** Sent audits' totals by the month of the records audited and by team or worker. */
  private List<CultureFigures.Tally<AuditTotals>> audits(CultureFilter f, boolean byTeam) {
    String key = byTeam ? "a.teamId" : "a.workerId";
    StringBuilder jpql = new StringBuilder("select a.month, ").append(key).append(", count(a)");
    for (String field : SCORE_FIELDS) {
      jpql.append(", sum(a.").append(field).append("), count(a.").append(field).append(')');
    }
    jpql.append(" from PracticeAudit a where a.month between :from and :to and a.status in :sent");
    if (f.teamId() != null) {
      jpql.append(" and a.teamId = :team");
    }
    if (f.workerId() != null) {
      jpql.append(" and a.workerId = :worker");
    }
    jpql.append(" group by a.month, ").append(key);
    var q =
        em.createQuery(jpql.toString(), Object[].class)
            .setParameter("from", f.firstCounted().atDay(1))
            .setParameter("to", f.end().atDay(1))
            .setParameter("sent", SENT);
    if (f.teamId() != null) {
      q.setParameter("team", f.teamId());
    }
    if (f.workerId() != null) {
      q.setParameter("worker", f.workerId());
    }
    List<CultureFigures.Tally<AuditTotals>> tallies = new ArrayList<>();
    for (Object[] row : q.getResultList()) {
      Map<Principle, Mean> scores = new EnumMap<>(Principle.class);
      Principle[] principles = Principle.values();
      for (int i = 0; i < principles.length; i++) {
        long count = n(row[4 + 2 * i]);
        if (count > 0) {
          scores.put(principles[i], new Mean(n(row[3 + 2 * i]), count));
        }
      }
      tallies.add(
          new CultureFigures.Tally<>(
              month(row[0]), id(row[1]), new AuditTotals(n(row[2]), scores)));
    }
    return tallies;
  }

  /** The audit's score fields, in the order of {@link Principle}. */
  private static final List<String> SCORE_FIELDS =
      List.of(
          "scoreVoice",
          "scoreStrengths",
          "scoreNetwork",
          "scoreCommunity",
          "scoreGoals",
          "scoreRisks",
          "scoreLanguage");

  /** Every active team, and any other with figures in the months counted. */
  private Map<Long, String> teamNames(
      List<CultureFigures.Tally<RecordTotals>> records,
      List<CultureFigures.Tally<AuditTotals>> audits) {
    Set<Long> counted = groups(records, audits);
    Map<Long, String> names = new HashMap<>();
    for (Team t : em.createQuery("select t from Team t", Team.class).getResultList()) {
      if (t.isActive() || counted.contains(t.getId())) {
        names.put(t.getId(), t.getName());
      }
    }
    return names;
  }

  /** The team's active social workers and managers, and anyone else with figures in it. */
  private Map<Long, String> workerNames(
      long team,
      List<CultureFigures.Tally<RecordTotals>> records,
      List<CultureFigures.Tally<AuditTotals>> audits) {
    Set<Long> ids = groups(records, audits);
    ids.addAll(
        em.createQuery(
                "select a.id from Account a where a.team.id = :team and a.active = true"
                    + " and a.role in :roles",
                Long.class)
            .setParameter("team", team)
            .setParameter("roles", WORKERS)
            .getResultList());
    return staffNames(ids);
  }

  private static Set<Long> groups(
      List<CultureFigures.Tally<RecordTotals>> records,
      List<CultureFigures.Tally<AuditTotals>> audits) {
    Set<Long> ids = new HashSet<>();
    records.forEach(t -> ids.add(t.group()));
    audits.forEach(t -> ids.add(t.group()));
    return ids;
  }

  private String teamName(long id) {
    Team t = em.find(Team.class, id);
    return t == null ? Messages.text("culture.breakdown.unknown", String.valueOf(id)) : t.getName();
  }

  /** Staff names by account id, in one query. */
  private Map<Long, String> staffNames(Set<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    for (Object[] row :
        em.createQuery(
                "select a.id, a.displayName from Account a where a.id in :ids", Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      names.put(id(row[0]), (String) row[1]);
    }
    return names;
  }

  private static YearMonth month(Object o) {
    if (o instanceof LocalDate d) {
      return YearMonth.from(d);
    }
    if (o instanceof java.sql.Date d) {
      return YearMonth.from(d.toLocalDate());
    }
    return YearMonth.from(LocalDate.parse(String.valueOf(o).substring(0, 10)));
  }

  private static Long id(Object o) {
    return o == null ? null : ((Number) o).longValue();
  }

  private static long n(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }
}
