package org.casebook.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the Flyway migrations in {@code db-scripts/migration} before anything uses the database.
 * The schema comes only from those scripts; JPA never generates it.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Migrations {

  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

  @Resource(lookup = CasebookDataSource.JNDI_NAME)
  private DataSource dataSource;

  /**
   * Wipes the database before migrating. Only the integration tests set it, so every run of the
   * suite starts from an empty schema; it is never documented for deployers.
   */
  @Inject
  @ConfigProperty(name = "casebook.db.clean-before-migrate", defaultValue = "false")
  private boolean cleanFirst;

  @PostConstruct
  void migrate() {
    Flyway flyway =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .cleanDisabled(!cleanFirst)
            .load();
    if (cleanFirst) {
      flyway.clean();
    }
    MigrateResult result = flyway.migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + (result.targetSchemaVersion == null
                    ? result.initialSchemaVersion
                    : result.targetSchemaVersion)
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
