package cn.gov.wujin.selfcheck.platform;

import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The application unchanged on PostgreSQL: the same WAR on its own Payara Micro, its data source
 * pointed at a fresh PostgreSQL database through MicroProfile Config only (as server-config/ does).
 * Runs when the build names a server (mvn -Ppostgres verify, as .ci/run does).
 */
class PostgresDeploymentIT {

    @Test
    void theApplicationRunsOnPostgresql() throws Exception {
        String adminUrl = System.getProperty("selfcheck.test.postgres.url", "");
        assumeFalse(adminUrl.isBlank(), "no PostgreSQL given (mvn -Ppostgres verify runs this)");
        String database = "selfcheck_app_it_" + System.currentTimeMillis();
        try (Connection admin = DriverManager.getConnection(adminUrl); Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + database);
        }
        try (PayaraServer.Instance server = PayaraServer.launch("server-postgres", List.of(
                "selfcheck.db.datasource-class=org.postgresql.xa.PGXADataSource",
                "selfcheck.db.server=127.0.0.1",
                "selfcheck.db.port=5432",
                "selfcheck.db.name=" + database,
                "selfcheck.db.user=postgres",
                "selfcheck.db.password=unused-with-trust-auth",
                "selfcheck.health.details=true"))) {
            JsfClient client = new JsfClient(server.baseUrl());

            HttpResponse<String> health = client.get("/health/ready");
            assertEquals(200, health.statusCode(), health.body());
            assertTrue(health.body().contains("PostgreSQL"), health.body());

            assertEquals(302, client.login(Demo.DISTRICT, Demo.OFFICER_PASSWORD, PayaraServer.CAPTCHA).statusCode());
            HttpResponse<String> home = client.get("/officer/home.xhtml");
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("共 20 家生产经营单位"), "the demo enterprises were loaded into PostgreSQL");
            assertTrue(home.body().contains("工贸企业 / 机械"));
        } finally {
            try (Connection admin = DriverManager.getConnection(adminUrl); Statement sql = admin.createStatement()) {
                sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }
}
