package org.casebook.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class DatabaseReadinessTest {

  /** A datasource that either reaches an in-memory database or fails like an unreachable server. */
  private static DataSource dataSource(boolean reachable) {
    return new DataSource() {
      @Override
      public Connection getConnection() throws SQLException {
        if (!reachable) {
          throw new SQLException("Communications link failure");
        }
        return DriverManager.getConnection("jdbc:h2:mem:readiness");
      }

      @Override
      public Connection getConnection(String user, String password) throws SQLException {
        return getConnection();
      }

      @Override
      public PrintWriter getLogWriter() {
        return null;
      }

      @Override
      public void setLogWriter(PrintWriter out) {}

      @Override
      public void setLoginTimeout(int seconds) {}

      @Override
      public int getLoginTimeout() {
        return 0;
      }

      @Override
      public Logger getParentLogger() {
        return Logger.getGlobal();
      }

      @Override
      public <T> T unwrap(Class<T> iface) {
        throw new UnsupportedOperationException();
      }

      @Override
      public boolean isWrapperFor(Class<?> iface) {
        return false;
      }
    };
  }

  @Test
  void readyWhileTheDatabaseAnswers() {
    DatabaseReadiness check = new DatabaseReadiness();
    check.dataSource = dataSource(true);
    assertEquals(HealthCheckResponse.Status.UP, check.call().getStatus());
  }

  @Test
  void notReadyWhenTheDatabaseCannotBeReached() {
    DatabaseReadiness check = new DatabaseReadiness();
    check.dataSource = dataSource(false);
    HealthCheckResponse response = check.call();
    assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
    assertEquals("database", response.getName());
  }
}
