package cn.gov.wujin.selfcheck.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The application's one database: declared here, reached everywhere else only by its JNDI name.
 * <p>
 * Every attribute comes from MicroProfile Config, so a Payara Server domain can point the same
 * name at PostgreSQL (see {@code server-config/README.md}). The default is embedded Derby under
 * {@code selfcheck.data.dir}. The data source is XA because Jakarta Batch checkpoints share the
 * transaction with the application's writes.
 * <p>
 * At start-up the schema is brought up to date by Flyway before anything uses JPA; on undeploy
 * an embedded Derby database is shut down cleanly so that a redeploy can boot it again.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "${MPCONFIG=selfcheck.db.datasource-class}",
        serverName = "${MPCONFIG=selfcheck.db.server}",
        databaseName = "${MPCONFIG=selfcheck.db.name}",
        user = "${MPCONFIG=selfcheck.db.user}",
        password = "${MPCONFIG=selfcheck.db.password}",
        minPoolSize = 2,
        maxPoolSize = 64,
        properties = {
                // Each data source class takes the properties it knows and ignores the others:
                // Derby reads createDatabase, PostgreSQL reads portNumber.
                "portNumber=${MPCONFIG=selfcheck.db.port}",
                "createDatabase=create",
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/selfcheck";

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "selfcheck.db.datasource-class")
    String dataSourceClass;

    @Inject
    @ConfigProperty(name = "selfcheck.db.name")
    String databaseName;

    @PostConstruct
    void migrateAtStartup() {
        MigrateResult result = migrate(dataSource);
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** Runs the versioned migrations; also used by the persistence tests outside the server. */
    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common")
                .placeholders(Map.of("binary_type", binaryType(dataSource)))
                .javaMigrations(new IdSequences())
                .load()
                .migrate();
    }

    /**
     * The column type of stored files, the one thing the portable migrations cannot spell alike:
     * {@code BYTEA} on PostgreSQL, {@code BLOB(50M)} on Derby (the {@code ${binary_type}} placeholder).
     */
    static String binaryType(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")
                    ? "BYTEA" : "BLOB(50M)";
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached for its migrations", e);
        }
    }

    private boolean isEmbeddedDerby() {
        return dataSourceClass.startsWith("org.apache.derby.jdbc.Embedded");
    }

    @PreDestroy
    void shutdownEmbeddedDerby() {
        if (!isEmbeddedDerby()) {
            return;
        }
        try {
            DriverManager.getConnection("jdbc:derby:" + databaseName + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown of one database as SQLState 08006.
            if (!"08006".equals(expected.getSQLState())) {
                LOG.log(Level.WARNING, "Derby did not shut down cleanly", expected);
            }
        }
    }
}
