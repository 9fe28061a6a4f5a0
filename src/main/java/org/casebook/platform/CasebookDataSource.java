package org.casebook.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's own datasource. Every attribute comes from MicroProfile Config (environment
 * variables such as {@code CASEBOOK_DB_URL} or {@code -Dcasebook.db.url=…}); the defaults give an
 * embedded H2 file database under {@code data/} in the working directory, so a fresh machine needs
 * nothing but a JDK. Switching to MySQL or MariaDB needs no rebuild: see config/mysql.env.sample.
 */
@ApplicationScoped
@DataSourceDefinition(
    name = CasebookDataSource.JNDI_NAME,
    className = "${MPCONFIG=casebook.db.driver:org.h2.jdbcx.JdbcDataSource}",
    url =
        "${MPCONFIG=casebook.db.url:jdbc:h2:file:./data/casebook;MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE}",
    user = "${MPCONFIG=casebook.db.user:sa}",
    password = "${MPCONFIG=casebook.db.password:}",
    minPoolSize = 2,
    maxPoolSize = 30,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=auto-commit",
      "fish.payara.fail-all-connections=true",
      "fish.payara.max-wait-time-in-millis=5000"
    })
public class CasebookDataSource {
  public static final String JNDI_NAME = "java:app/jdbc/casebook";
}
