package org.casebook.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.casebook.account.Account;
import org.casebook.account.Team;
import org.casebook.contact.CodedList;
import org.casebook.contact.CodedLists;
import org.casebook.contact.CodedValue;
import org.casebook.contact.FrontDoorSettings;
import org.casebook.contact.ResolutionRoute;
import org.casebook.conversation.ConversationStatus;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.Messages;
import org.casebook.report.Mean;
import org.casebook.security.Caller;
import org.casebook.security.Role;

/**
 * The outcomes dashboard's figures, counted in the database: every figure is an aggregate query on
 * the team and date columns kept on each contact, resolution and review as they were at the time
 * (indexed as {@code (team_id, date)}), so no row is loaded to be counted and no person's current
 * details are joined, except for reviews overdue, which are about today. Access is checked here
 * (see {@link OutcomeAccess}).
 */
@ApplicationScoped
@Transactional
public class Outcomes {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject FrontDoorSettings settings;
  @Inject CodedLists codedLists;

  /** The figures for a filter, kept within what the caller may see. */
  public Figures figures(Caller caller, OutcomeFilter asked) {
    OutcomeFilter f = OutcomeAccess.scope(caller, asked);
    int window = settings.windowMonths();
    LocalDate today = LocalDate.now(clock);
    Breakdown.Kind kind = f.breakdownKind();
    String key = kind == Breakdown.Kind.TEAM ? "teamId" : "workerId";

    Map<Long, Tally> tallies = new HashMap<>();
    long[] requests = new long[4];
    for (Object[] row :
        rows(
            "select c."
                + key
                + ", count(c),"
                + countWhere("c", "c.requestStart = true")
                + ","
                + countWhere("c", "c.requestStart = true and c.repeat3 = true")
                + ","
                + countWhere("c", "c.requestStart = true and c.repeat6 = true")
                + ","
                + countWhere("c", "c.requestStart = true and c.repeat12 = true")
                + " from Contact c"
                + where("c", "contactedOn", f)
                + " group by c."
                + key,
            f)) {
      Tally t = tallies.computeIfAbsent(id(row[0]), k -> new Tally());
      t.contacts += n(row[1]);
      t.requests += n(row[2]);
      t.repeats += n(row[2 + List.of(3, 6, 12).indexOf(window) + 1]);
      for (int i = 0; i < 4; i++) {
        requests[i] += n(row[2 + i]);
      }
    }

    Map<ResolutionRoute, Long> byRoute = new EnumMap<>(ResolutionRoute.class);
    long sustainable = 0;
    long flagged = 0;
    for (Object[] row :
        rows(
            "select r."
                + key
                + ", r.route, count(r),"
                + countWhere("r", "r.sustainable = true")
                + ","
                + countWhere("r", "r.sustainable = true and r.cameBack" + window + " = true")
                + " from Resolution r"
                + where("r", "resolvedOn", f)
                + " group by r."
                + key
                + ", r.route",
            f)) {
      ResolutionRoute route = (ResolutionRoute) row[1];
      long count = n(row[2]);
      byRoute.merge(route, count, Long::sum);
      sustainable += n(row[3]);
      flagged += n(row[4]);
      Tally t = tallies.computeIfAbsent(id(row[0]), k -> new Tally());
      t.resolutions += count;
      t.networkOrCommunity += route.throughNetworkOrCommunity() ? count : 0;
    }

    Tally all = new Tally();
    for (Object[] row :
        rows(
            "select r."
                + key
                + ", count(r),"
                + countWhere("r", "r.goalsMet = true")
                + ","
                + " sum(r.tScore), count(r.tScore),"
                + change("khiPeople")
                + ","
                + change("khiControl")
                + ","
                + change("khiConnected")
                + " from Review r"
                + where("r", "heldOn", f)
                + " group by r."
                + key,
            f)) {
      Tally t = tallies.computeIfAbsent(id(row[0]), k -> new Tally());
      t.reviews += n(row[1]);
      t.tScore = add(t.tScore, d(row[3]), n(row[4]));
      all.reviews += n(row[1]);
      all.goalsMet += n(row[2]);
      all.tScore = add(all.tScore, d(row[3]), n(row[4]));
      all.khiPeople = add(all.khiPeople, d(row[5]), n(row[6]));
      all.khiControl = add(all.khiControl, d(row[7]), n(row[8]));
      all.khiConnected = add(all.khiConnected, d(row[9]), n(row[10]));
    }

    long overdue = 0;
    for (Object[] row : overdue(f, today, kind == Breakdown.Kind.TEAM)) {
      long count = n(row[1]);
      tallies.computeIfAbsent(id(row[0]), k -> new Tally()).overdue += count;
      overdue += count;
    }

    long total = tallies.values().stream().mapToLong(t -> t.resolutions).sum();
    long network = tallies.values().stream().mapToLong(t -> t.networkOrCommunity).sum();
    return new Figures(
        f,
        f.teamId() == null ? null : teamName(f.teamId()),
        f.workerId() == null ? null : names(Set.of(f.workerId())).get(f.workerId()),
        window,
        today,
        byCode(CodedList.ROUTE, "route", f),
        byCode(CodedList.NEXT_STEP, "nextStep", f),
        new Figures.Requests(requests[0], requests[1], requests[2], requests[3]),
        byRoute,
        new Figures.Resolutions(total, network, sustainable, flagged),
        new Figures.Reviews(
            all.reviews,
            all.goalsMet,
            all.tScore,
            all.khiPeople,
            all.khiControl,
            all.khiConnected,
            overdue),
        breakdown(kind, f, tallies));
  }

  /**
   * What is wrong with the team and worker asked for, field by field: a team that does not exist, a
   * worker without a team, or a worker not in the team. A team manager's team is always their own,
   * so whatever team they ask for is not a problem.
   */
  public Map<String, FieldProblem> problems(Caller caller, OutcomeFilter asked) {
    Long team = OutcomeAccess.team(caller, asked.teamId());
    Map<String, FieldProblem> problems = new LinkedHashMap<>();
    if (OutcomeAccess.choosesTeam(caller)
        && asked.teamId() != null
        && em.find(Team.class, asked.teamId()) == null) {
      problems.put("team", new FieldProblem("outcomes.team.invalid"));
    } else if (asked.workerId() != null) {
      if (team == null) {
        problems.put("worker", new FieldProblem("outcomes.worker.teamFirst"));
      } else if (workers(caller, team).stream()
          .noneMatch(a -> a.getId().equals(asked.workerId()))) {
        problems.put("worker", new FieldProblem("outcomes.worker.invalid"));
      }
    }
    return problems;
  }

  /** The teams a caller may choose among: every team for leaders and administrators. */
  public List<Team> teams(Caller caller) {
    OutcomeAccess.team(caller, null);
    if (!OutcomeAccess.choosesTeam(caller)) {
      return List.of();
    }
    return em.createQuery("select t from Team t order by t.name", Team.class).getResultList();
  }

  /** The social workers and managers of the team in the caller's scope, to choose one. */
  public List<Account> workers(Caller caller, Long teamId) {
    Long team = OutcomeAccess.team(caller, teamId);
    if (team == null) {
      return List.of();
    }
    return em.createQuery(
            "select a from Account a where a.team.id = :team and a.role in :roles"
                + " order by a.displayName, a.id",
            Account.class)
        .setParameter("team", team)
        .setParameter("roles", List.of(Role.SOCIAL_WORKER, Role.TEAM_MANAGER))
        .getResultList();
  }

  /**
   * The wards on the contacts the caller may see in the period (and team), to choose one: read from
   * the data, each ward once whatever its capitals, in order of name.
   */
  public List<String> wards(Caller caller, OutcomeFilter asked) {
    OutcomeFilter f = OutcomeAccess.scope(caller, asked.withWorker(null));
    OutcomeFilter noWard = new OutcomeFilter(f.choice(), f.period(), f.teamId(), null, null);
    Map<String, String> wards = new TreeMap<>();
    Query q =
        em.createQuery(
            "select distinct c.ward from Contact c"
                + where("c", "contactedOn", noWard)
                + " and c.ward is not null");
    bind(q, noWard);
    for (Object ward : q.getResultList()) {
      String w = ((String) ward).strip();
      if (!w.isEmpty()) {
        wards.putIfAbsent(w.toLowerCase(Locale.UK), w);
      }
    }
    return new ArrayList<>(wards.values());
  }

  // --- the queries ---------------------------------------------------------------------------

  /**
   * The clause every count shares: the period on the row's own date, then the team, worker and ward
   * kept on the row. Wards are compared ignoring capitals, the same on every database.
   */
  static String where(String alias, String dateField, OutcomeFilter f) {
    return " where "
        + alias
        + "."
        + dateField
        + " between :from and :to"
        + scope(alias + ".teamId", alias + ".workerId", alias + ".ward", f);
  }

  /** The team, worker and ward conditions, on whichever columns hold them. */
  private static String scope(String team, String worker, String ward, OutcomeFilter f) {
    StringBuilder w = new StringBuilder();
    if (f.teamId() != null) {
      w.append(" and ").append(team).append(" = :team");
    }
    if (f.workerId() != null) {
      w.append(" and ").append(worker).append(" = :worker");
    }
    if (f.ward() != null) {
      w.append(" and lower(").append(ward).append(") = :ward");
    }
    return w.toString();
  }

  private static void bind(Query q, OutcomeFilter f) {
    q.setParameter("from", f.period().from()).setParameter("to", f.period().to());
    bindScope(q, f);
  }

  private static void bindScope(Query q, OutcomeFilter f) {
    if (f.teamId() != null) {
      q.setParameter("team", f.teamId());
    }
    if (f.workerId() != null) {
      q.setParameter("worker", f.workerId());
    }
    if (f.ward() != null) {
      q.setParameter("ward", f.ward().toLowerCase(Locale.UK));
    }
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String jpql, OutcomeFilter f) {
    Query q = em.createQuery(jpql);
    bind(q, f);
    return q.getResultList();
  }

  /**
   * How many rows meet a condition. Written as a count of ids, not a sum of ones and noughts:
   * EclipseLink sends the numbers as parameters, whose type H2 cannot tell inside a sum.
   */
  private static String countWhere(String alias, String condition) {
    return " count(case when " + condition + " then " + alias + ".id else null end)";
  }

  /**
   * The sum and count of a Key Human Indicator's change, where both readings are known (a
   * difference with an unknown reading is null, which a sum leaves out).
   */
  private static String change(String field) {
    String first = "first" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    return " sum(r."
        + field
        + " - r."
        + first
        + "),"
        + countWhere("r", "r." + field + " is not null and r." + first + " is not null");
  }

  /** Contacts by a coded list: every value in the list's order, retired ones only when counted. */
  private List<Figures.Count> byCode(CodedList list, String field, OutcomeFilter f) {
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row :
        rows(
            "select c."
                + field
                + ".id, count(c) from Contact c"
                + where("c", "contactedOn", f)
                + " group by c."
                + field
                + ".id",
            f)) {
      counts.put(id(row[0]), n(row[1]));
    }
    List<Figures.Count> out = new ArrayList<>();
    for (CodedValue v : codedLists.all(list)) {
      long n = counts.getOrDefault(v.getId(), 0L);
      if (v.isActive() || n > 0) {
        out.add(new Figures.Count(v.getLabel(), n));
      }
    }
    return out;
  }

  /**
   * Reviews overdue today, by team or by lead worker: signed conversations whose review date has
   * passed, with no review, and that are the person's latest signed conversation with a review date
   * (the rule of the reviews worklist). These are about today, so they follow the person's current
   * team, lead worker and ward, whatever the period.
   */
  @SuppressWarnings("unchecked")
  private List<Object[]> overdue(OutcomeFilter f, LocalDate today, boolean byTeam) {
    String jpql =
        "select "
            + (byTeam ? "p.team.id" : "w.id")
            + ", count(c) from Conversation c, Person p left join p.leadWorker w"
            + " where p.id = c.personId and c.status = :final and c.reviewDue < :today"
            + " and not exists (select r.id from Review r where r.conversationId = c.id)"
            + " and not exists (select d.id from Conversation d where d.personId ="
            + " c.personId and d.status = :final and d.reviewDue is not null"
            + " and (d.heldOn > c.heldOn or (d.heldOn = c.heldOn and d.id > c.id)))"
            + scope("p.team.id", "w.id", "p.ward", f)
            + (byTeam ? " group by p.team.id" : " group by w.id");
    Query q =
        em.createQuery(jpql)
            .setParameter("final", ConversationStatus.FINAL)
            .setParameter("today", today);
    bindScope(q, f);
    return q.getResultList();
  }

  /**
   * One row per team (every active team, and any other with figures) or per worker (the team's
   * active social workers and managers, and anyone else with figures), in order of name.
   */
  private Breakdown breakdown(Breakdown.Kind kind, OutcomeFilter f, Map<Long, Tally> tallies) {
    if (kind == Breakdown.Kind.NONE) {
      return new Breakdown(kind, List.of());
    }
    Set<Long> ids = new HashSet<>(tallies.keySet());
    ids.remove(null);
    Map<Long, String> names = new HashMap<>();
    if (kind == Breakdown.Kind.TEAM) {
      for (Team t : em.createQuery("select t from Team t", Team.class).getResultList()) {
        if (t.isActive() || ids.contains(t.getId())) {
          names.put(t.getId(), t.getName());
        }
      }
    } else {
      em.createQuery(
              "select a.id from Account a where a.team.id = :team and a.active = true"
                  + " and a.role in :roles",
              Long.class)
          .setParameter("team", f.teamId())
          .setParameter("roles", List.of(Role.SOCIAL_WORKER, Role.TEAM_MANAGER))
          .getResultList()
          .forEach(ids::add);
      names.putAll(names(ids));
    }
    ids.addAll(names.keySet());
    List<Breakdown.Row> list = new ArrayList<>();
    for (Long id : ids) {
      String label =
          names.getOrDefault(id, Messages.text("outcomes.breakdown.unknown", String.valueOf(id)));
      list.add(tallies.getOrDefault(id, new Tally()).row(label));
    }
    list.sort(Comparator.comparing(r -> r.label().toLowerCase(Locale.UK)));
    Tally none = tallies.get(null);
    if (none != null) {
      list.add(none.row(Messages.text("outcomes.breakdown.noLeadWorker")));
    }
    return new Breakdown(kind, list);
  }

  private String teamName(long id) {
    Team t = em.find(Team.class, id);
    return t == null
        ? Messages.text("outcomes.breakdown.unknown", String.valueOf(id))
        : t.getName();
  }

  /** Staff names by account id, in one query. */
  private Map<Long, String> names(Set<Long> ids) {
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

  private static Long id(Object o) {
    return o == null ? null : ((Number) o).longValue();
  }

  private static long n(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }

  private static double d(Object o) {
    return o == null ? 0 : ((Number) o).doubleValue();
  }

  private static Mean add(Mean m, double sum, long count) {
    return new Mean(m.sum() + sum, m.count() + count);
  }

  /** One team's or worker's figures while they are being added up. */
  private static final class Tally {
    long contacts;
    long requests;
    long repeats;
    long resolutions;
    long networkOrCommunity;
    long reviews;
    long goalsMet;
    long overdue;
    Mean tScore = Mean.NONE;
    Mean khiPeople = Mean.NONE;
    Mean khiControl = Mean.NONE;
    Mean khiConnected = Mean.NONE;

    Breakdown.Row row(String label) {
      return new Breakdown.Row(
          label,
          contacts,
          requests,
          repeats,
          resolutions,
          networkOrCommunity,
          reviews,
          tScore,
          overdue);
    }
  }
}
