package io.tessera.platform;

import io.tessera.platform.it.Api;
import io.tessera.platform.it.Deployments;
import io.tessera.platform.it.Tenants;
import io.tessera.platform.it.TestStack;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A tenant schema that is behind is brought up to date when the platform starts; its data survives. */
@ExtendWith(ArquillianExtension.class)
class StartupMigrationIT {

    private static final String DEPLOYMENT = "platform";

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void tenantSchemasAreMigratedAtStartUp() throws Exception {
        Api api = new Api("http://localhost:" + System.getProperty("tessera.it.http.port"));
        Tenants tenants = new Tenants(api);
        deployer.deploy(DEPLOYMENT);
        Tenants.TestTenant acme;
        try {
            acme = tenants.newTenant("acme");
            assertThat(api.post("/api/t/" + acme.slug() + "/tickets", acme.adminToken(), Map.of("title", "kept")).status())
                    .isEqualTo(201);
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }

        // make the schema look like one from before migration 2 (so 2 and every later one are missing)
        String schema = "\"t_" + acme.slug().replace('-', '_') + "\"";
        try (Connection c = DriverManager.getConnection(TestStack.jdbcUrl(), "tessera", "tessera");
             Statement s = c.createStatement()) {
            s.execute("drop table " + schema + ".business_calendar cascade");
            s.execute("drop table " + schema + ".business_calendar_window, " + schema + ".business_calendar_holiday, "
                    + schema + ".business_calendar_special_day, " + schema + ".business_calendar_special_window");
            s.execute("drop table " + schema + ".plugin_delivery");
            s.execute("drop table " + schema + ".plugin_installation");
            s.execute("delete from " + schema + ".flyway_schema_history where version in ('2', '3')");
        }

        deployer.deploy(DEPLOYMENT);
        try {
            try (Connection c = DriverManager.getConnection(TestStack.jdbcUrl(), "tessera", "tessera");
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select count(*) from " + schema
                         + ".flyway_schema_history where version in ('2', '3') and success")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
            String token = Api.token(acme.slug(), "admin", Tenants.PASSWORD);
            assertThat(api.get("/api/t/" + acme.slug() + "/plugins", token).status()).isEqualTo(200);
            assertThat(api.get("/api/t/" + acme.slug() + "/calendars", token).json().get("items").get(0).get("name")
                    .asText()).isEqualTo("24x7");
            assertThat(api.get("/api/t/" + acme.slug() + "/tickets", token).json().get("items").get(0).get("title").asText())
                    .isEqualTo("kept");
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }
}
