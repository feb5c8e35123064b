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

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant schema left behind at the first migration (as after an upgrade of the platform) is brought up to date
 * when the platform starts, through every later migration, and its data survives.
 */
@ExtendWith(ArquillianExtension.class)
class StartupMigrationIT {

    private static final String DEPLOYMENT = "platform";
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/tenant");

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
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }

        // rebuild the tenant's schema as the first release left it: migration 1 only, with one ticket in it
        String schema = "t_" + acme.slug().replace('-', '_');
        try (Connection c = DriverManager.getConnection(TestStack.jdbcUrl(), "tessera", "tessera");
             Statement s = c.createStatement()) {
            s.execute("drop schema \"" + schema + "\" cascade");
        }
        Flyway.configure().dataSource(TestStack.jdbcUrl(), "tessera", "tessera")
                .schemas(schema).defaultSchema(schema).createSchemas(true)
                .locations("filesystem:" + MIGRATIONS.toAbsolutePath())
                .placeholders(Map.of("tenant", acme.slug()))
                .target("1")
                .load().migrate();
        try (Connection c = DriverManager.getConnection(TestStack.jdbcUrl(), "tessera", "tessera");
             Statement s = c.createStatement()) {
            s.execute("insert into \"" + schema + "\".ticket (id, number, title, description, status, requester_id, "
                    + "requester_name, created_at, updated_at) values (gen_random_uuid(), nextval('\"" + schema
                    + "\".ticket_number_seq'), 'kept', 'from release 1', 'new', 'someone', 'Some One', now(), now())");
            assertThat(appliedVersions(s, schema)).containsExactly("1");
        }

        deployer.deploy(DEPLOYMENT);
        try {
            try (Connection c = DriverManager.getConnection(TestStack.jdbcUrl(), "tessera", "tessera");
                 Statement s = c.createStatement()) {
                assertThat(appliedVersions(s, schema)).isEqualTo(shippedVersions());
            }
            String token = Api.token(acme.slug(), "admin", Tenants.PASSWORD);
            assertThat(api.get("/api/t/" + acme.slug() + "/plugins", token).status()).isEqualTo(200);
            assertThat(api.get("/api/t/" + acme.slug() + "/tickets", token).json().get("items").get(0).get("title").asText())
                    .isEqualTo("kept");
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }

    private static List<String> appliedVersions(Statement s, String schema) throws Exception {
        List<String> versions = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("select version from \"" + schema + "\".flyway_schema_history "
                + "where success and version is not null order by installed_rank")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }

    private static List<String> shippedVersions() throws Exception {
        try (var files = Files.list(MIGRATIONS)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")))
                    .sorted(Comparator.comparingInt(Integer::parseInt))
                    .toList();
        }
    }
}
