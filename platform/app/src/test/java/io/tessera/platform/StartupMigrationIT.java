package io.tessera.platform;

import io.tessera.platform.it.Api;
import io.tessera.platform.it.Deployments;
import io.tessera.platform.it.Tenants;
import io.tessera.platform.it.TestStack;
import org.flywaydb.core.Flyway;
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

/**
 * A tenant schema that is behind is brought up to date when the platform starts; its data survives: a schema of
 * the first release (migrations 1 and 2) gets the ITIL tickets, and its tickets become incidents with a history.
 */
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

        // make the schema look like one from before the ITIL migrations: rebuilt by migrations 1 and 2 only, with
        // a ticket as the platform then stored it
        String bare = "t_" + acme.slug().replace('-', '_');
        String schema = "\"" + bare + "\"";
        try (Connection c = DriverManager.getConnection(TestStack.jdbcUrl(), "tessera", "tessera");
             Statement s = c.createStatement()) {
            s.execute("drop schema " + schema + " cascade");
        }
        Flyway.configure().dataSource(TestStack.jdbcUrl(), "tessera", "tessera").schemas(bare).defaultSchema(bare)
                .createSchemas(true).locations("classpath:db/tenant").placeholders(Map.of("tenant", acme.slug()))
                .target("2").load().migrate();
        try (Connection c = DriverManager.getConnection(TestStack.jdbcUrl(), "tessera", "tessera");
             Statement s = c.createStatement()) {
            s.execute("select setval('" + bare + ".ticket_number_seq', 41)");
            s.execute("insert into " + schema + ".ticket (id, number, title, description, status, requester_id, "
                    + "requester_name, created_at, updated_at) values (gen_random_uuid(), 41, 'kept', 'from 0.1', 'new', "
                    + "'u-1', 'Dana', now(), now())");
        }

        deployer.deploy(DEPLOYMENT);
        try {
            try (Connection c = DriverManager.getConnection(TestStack.jdbcUrl(), "tessera", "tessera");
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select max(version::int) from " + schema
                         + ".flyway_schema_history where success and version is not null")) {
                rs.next();
                assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(8);
            }
            String token = Api.token(acme.slug(), "admin", Tenants.PASSWORD);
            assertThat(api.get("/api/t/" + acme.slug() + "/plugins", token).status()).isEqualTo(200);
            // the old ticket is an incident now, with its number, and its history starts with a creation
            var ticket = api.get("/api/t/" + acme.slug() + "/tickets/INC0000041", token);
            assertThat(ticket.status()).as(ticket.toString()).isEqualTo(200);
            assertThat(ticket.json().get("title").asText()).isEqualTo("kept");
            assertThat(ticket.json().get("type").asText()).isEqualTo("incident");
            assertThat(ticket.json().get("priority").asText()).isEqualTo("P3");
            var history = api.get("/api/t/" + acme.slug() + "/tickets/INC0000041/history", token).json();
            assertThat(history.get(0).get("kind").asText()).isEqualTo("created");
            assertThat(history.get(0).get("actor").get("id").asText()).isEqualTo("system");
            // incident numbering continues after it
            var next = api.post("/api/t/" + acme.slug() + "/tickets", token, Map.of("title", "new one"));
            assertThat(next.json().get("number").asText()).isEqualTo("INC0000042");
            assertThat(api.get("/api/t/" + acme.slug() + "/tickets", token).json().get("items").findValuesAsText("title"))
                    .containsExactly("new one", "kept");
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }
}
