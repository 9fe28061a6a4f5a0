package org.casebook.it;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.casebook.account.Account;
import org.casebook.account.Accounts;
import org.casebook.account.Team;
import org.casebook.asset.AssetCategory;
import org.casebook.asset.AssetDetails;
import org.casebook.asset.Assets;
import org.casebook.asset.OpeningTime;
import org.casebook.practice.RecordFigure;
import org.casebook.practice.RecordFigureMonths;
import org.casebook.security.Caller;
import org.casebook.security.Role;

/**
 * Accounts the integration and browser tests sign in with; only in test deployments. People are
 * made by each test itself.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class TestFixtures {

  public static final String PASSWORD = "it-password-2026";
  public static final String TEAM_A = "IT Team A";
  public static final String TEAM_B = "IT Team B";

  @Inject Accounts accounts;
  @Inject Assets assets;
  @Inject RecordFigureMonths figureMonths;
  @PersistenceContext EntityManager em;

  @PostConstruct
  void create() {
    if (accounts.findByUsername("it.admin").isPresent()) {
      return;
    }
    Team a = team(TEAM_A);
    Team b = team(TEAM_B);
    accounts.createWithPassword("it.worker.a1", "Ada Worker", Role.SOCIAL_WORKER, a, PASSWORD);
    accounts.createWithPassword("it.worker.a2", "Ali Worker", Role.SOCIAL_WORKER, a, PASSWORD);
    accounts.createWithPassword("it.worker.a3", "Amy Worker", Role.SOCIAL_WORKER, a, PASSWORD);
    accounts.createWithPassword("it.manager.a", "Anna Manager", Role.TEAM_MANAGER, a, PASSWORD);
    accounts.createWithPassword("it.worker.b1", "Ben Worker", Role.SOCIAL_WORKER, b, PASSWORD);
    accounts.createWithPassword("it.manager.b", "Bea Manager", Role.TEAM_MANAGER, b, PASSWORD);
    accounts.createWithPassword("it.trainer", "Tia Trainer", Role.TRAINER, null, PASSWORD);
    accounts.createWithPassword("it.trainer2", "Theo Trainer", Role.TRAINER, null, PASSWORD);
    accounts.createWithPassword("it.leader", "Lou Leader", Role.LEADER, null, PASSWORD);
    accounts.createWithPassword("it.admin", "Ade Admin", Role.ADMIN, null, PASSWORD);
    // A social worker nominated to keep the community asset directory up to date.
    accounts
        .createWithPassword("it.editor", "Eve Editor", Role.SOCIAL_WORKER, a, PASSWORD)
        .nominateDirectoryEditor(true);
    Account inactive =
        accounts.createWithPassword("it.inactive", "Ivy Inactive", Role.SOCIAL_WORKER, a, PASSWORD);
    inactive.deactivate();
    Account temporary =
        accounts.createWithPassword(
            "it.temporary", "Tom Temporary", Role.SOCIAL_WORKER, a, PASSWORD);
    temporary.resetPassword(temporary.getPasswordHash());
    for (int i = 1; i <= 4; i++) {
      accounts.createWithPassword(
          "it.lockme" + i, "Lock Test " + i, Role.SOCIAL_WORKER, a, PASSWORD);
    }
    gardens(accounts.findByUsername("it.admin").orElseThrow());
  }

  /** Where the browser tests' person lives: an empty corner of the map, away from other tests. */
  public static final String HOME_POSTCODE = "IT1 1AA";

  /** The right answer to "the nearest free gardening group open on Saturdays" from home. */
  public static final String NEAREST_FREE_SATURDAY_GARDEN = "Brookside Saturday Growers";

  /**
   * Gardening groups around {@link #HOME_POSTCODE}: a nearer one that charges, a nearer one that
   * meets on Sundays, and a free Saturday one further away, so only one answer is right.
   */
  private void gardens(Account admin) {
    Caller c = new Caller(admin.getId(), admin.getUsername(), admin.getRole(), null);
    double lat = 10.0;
    double lng = 10.0;
    assets.placePostcode(HOME_POSTCODE, lat, lng, "Test Ward");
    garden(c, "Allotment Society Saturday Plots", 0.002, false, DayOfWeek.SATURDAY);
    garden(c, "Sunday Community Garden", 0.001, true, DayOfWeek.SUNDAY);
    garden(c, NEAREST_FREE_SATURDAY_GARDEN, 0.006, true, DayOfWeek.SATURDAY);
    garden(c, "Hilltop Saturday Garden Club", 0.03, true, DayOfWeek.SATURDAY);
  }

  private void garden(Caller c, String name, double north, boolean free, DayOfWeek day) {
    assets.create(
        c,
        new AssetDetails(
            name,
            "Growing vegetables and flowers together; tea and a chat.",
            AssetCategory.PHYSICAL_SPACES,
            List.of("gardening", "outdoors"),
            "Everyone welcome",
            null,
            null,
            "Garden Lane",
            null,
            "Test Ward",
            10.0 + north,
            10.0,
            List.of(new OpeningTime(day, LocalTime.of(10, 0), LocalTime.of(12, 0))),
            null,
            free,
            free ? null : "£2 a session",
            "Level paths",
            null,
            null,
            null,
            null,
            true));
  }

  /**
   * Moves a signed conversation back in time, as if it had been signed on the given day: for tests
   * of months that have ended.
   */
  public void backdate(long conversationId, java.time.LocalDate signedOn) {
    RecordFigure figure = em.find(RecordFigure.class, conversationId);
    em.createNativeQuery("UPDATE conversation SET finalised_at = ?1 WHERE id = ?2")
        .setParameter(1, java.sql.Timestamp.valueOf(signedOn.atTime(11, 0)))
        .setParameter(2, conversationId)
        .executeUpdate();
    em.createNativeQuery("UPDATE record_figure SET record_month = ?1 WHERE conversation_id = ?2")
        .setParameter(1, java.sql.Date.valueOf(signedOn.withDayOfMonth(1)))
        .setParameter(2, conversationId)
        .executeUpdate();
    if (figure == null) {
      return;
    }
    // The culture dashboard's monthly totals move with it.
    figureMonths.recount(figure.getTeamId(), figure.month(), figure.getWorkerId());
    figureMonths.recount(
        figure.getTeamId(), java.time.YearMonth.from(signedOn), figure.getWorkerId());
  }

  /** The caller a service sees for a test account. */
  public static Caller caller(Accounts accounts, String username) {
    Account a = accounts.findByUsername(username).orElseThrow();
    return new Caller(
        a.getId(), a.getUsername(), a.getRole(), a.getTeam() == null ? null : a.getTeam().getId());
  }

  private Team team(String name) {
    Team team = new Team(name, Instant.now());
    em.persist(team);
    em.flush();
    return team;
  }
}
