package org.casebook.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The migrations in db-scripts/ build the schema the application expects. */
class MigrationsTest {

  private String url;
  private Flyway flyway;
  private MigrateResult result;

  @BeforeEach
  void migrateAnEmptyDatabase() {
    url =
        "jdbc:h2:mem:migrations-"
            + UUID.randomUUID()
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1";
    flyway =
        Flyway.configure()
            .dataSource(url, "sa", "")
            .locations("filesystem:db-scripts/migration")
            .load();
    result = flyway.migrate();
  }

  @AfterEach
  void dropTheDatabase() throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url, "sa", "");
  }

  @Test
  void everyMigrationApplies() {
    assertTrue(result.success);
    assertTrue(result.migrationsExecuted >= 1, "no migrations found in db-scripts/migration");
    assertEquals(0, flyway.info().pending().length);
  }

  @Test
  void migratingAgainChangesNothing() {
    MigrateResult again = flyway.migrate();
    assertEquals(0, again.migrationsExecuted);
  }

  @ParameterizedTest
  @ValueSource(strings = {"team", "account", "person", "person_named_worker", "access_log"})
  void theTableExists(String table) throws SQLException {
    try (Connection c = connect();
        PreparedStatement q =
            c.prepareStatement(
                "select count(*) from information_schema.tables"
                    + " where table_schema = 'public' and table_name = ?")) {
      q.setString(1, table);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        assertEquals(1, rs.getInt(1), "table " + table);
      }
    }
  }

  private static long addTeam(Connection c, String name) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into team (name, created_at) values (?, current_timestamp)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, name);
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static void addPerson(Connection c, long teamId, String name, String nhsNumber)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into person (team_id, full_name, nhs_number, created_at, created_by,"
                + " updated_at, updated_by)"
                + " values (?, ?, ?, current_timestamp, 'test', current_timestamp, 'test')")) {
      insert.setLong(1, teamId);
      insert.setString(2, name);
      insert.setString(3, nhsNumber);
      insert.executeUpdate();
    }
  }

  private static int count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from " + table)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Test
  void anNhsNumberCanBeOnOnlyOnePersonsRecord() throws SQLException {
    try (Connection c = connect()) {
      long north = addTeam(c, "North locality");
      long south = addTeam(c, "South locality");
      addPerson(c, north, "Margaret Okafor", "9434765919");
      assertThrows(
          SQLIntegrityConstraintViolationException.class,
          () -> addPerson(c, south, "Peggy Okafor", "9434765919"));
      assertEquals(1, count(c, "person"));
    }
  }

  @Test
  void manyPeopleMayHaveNoNhsNumber() throws SQLException {
    try (Connection c = connect()) {
      long north = addTeam(c, "North locality");
      addPerson(c, north, "Margaret Okafor", null);
      addPerson(c, north, "John Smith", null);
      assertEquals(2, count(c, "person"));
    }
  }

  @Test
  void aPersonMustBelongToATeamThatExists() throws SQLException {
    try (Connection c = connect()) {
      assertThrows(
          SQLIntegrityConstraintViolationException.class,
          () -> addPerson(c, 424242L, "Margaret Okafor", null));
    }
  }

  @Test
  void teamNamesAreUnique() throws SQLException {
    try (Connection c = connect()) {
      addTeam(c, "North locality");
      assertThrows(
          SQLIntegrityConstraintViolationException.class, () -> addTeam(c, "North locality"));
    }
  }
}
