package cn.gov.wujin.selfcheck.platform.health;

import cn.gov.wujin.selfcheck.platform.persistence.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ready when the database answers (MicroProfile Health, {@code /health/ready}, which anyone may ask).
 * It tells only UP or DOWN unless {@code selfcheck.health.details=true}, which adds the database product;
 * why it is down goes to the server log.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseHealth.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "selfcheck.health.details", defaultValue = "false")
    boolean details;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            HealthCheckResponseBuilder response = HealthCheckResponse.named("database").status(connection.isValid(5));
            if (details) {
                response.withData("product", connection.getMetaData().getDatabaseProductName());
            }
            return response.build();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Readiness: the database does not answer", e);
            return HealthCheckResponse.named("database").down().build();
        }
    }
}
