package org.casebook.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** V11: one self-assessment a year, one answer a question, answers only of an assessment. */
class ReadinessMigrationTest {

  private String url;

  @BeforeEach
  void migrate() {
    url =
        "jdbc:h2:mem:readiness-"
            + UUID.randomUUID()
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("filesystem:db-scripts/migration")
        .load()
        .migrate();
  }

  @AfterEach
  void drop() throws SQLException {
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    }
  }

  private static long assessment(Connection c, int year) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into readiness_assessment (assessment_year, status, started_at, started_by,"
                + " saved_at, saved_by) values (?, 'DRAFT', current_timestamp, 'lou',"
                + " current_timestamp, 'lou')",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setInt(1, year);
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static void answer(Connection c, long assessment, int question) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into readiness_answer (assessment_id, question, rating, evidence)"
                + " values (?, ?, 3, 'Minutes of the co-production board')")) {
      insert.setLong(1, assessment);
      insert.setInt(2, question);
      insert.executeUpdate();
    }
  }

  @Test
  void oneSelfAssessmentAYearAndOneAnswerAQuestion() throws SQLException {
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      long a2025 = assessment(c, 2025);
      assessment(c, 2026);
      assertThrows(SQLIntegrityConstraintViolationException.class, () -> assessment(c, 2026));
      answer(c, a2025, 1);
      answer(c, a2025, 2);
      assertThrows(SQLIntegrityConstraintViolationException.class, () -> answer(c, a2025, 1));
      assertThrows(SQLIntegrityConstraintViolationException.class, () -> answer(c, 424242L, 1));
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "select version, status from readiness_assessment where id = " + a2025)) {
        rs.next();
        assertEquals(0, rs.getInt(1), "the version starts at 0");
        assertEquals("DRAFT", rs.getString(2));
      }
    }
  }
}
