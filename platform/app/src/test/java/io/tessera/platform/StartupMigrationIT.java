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

        // make the schema look like one from before the latest migration (20, knowledge base): Flyway refuses to
        // apply a missing migration older than the schema's version, so it must be the newest one
        String schema = "\"t_" + acme.slug().replace('-', '_') + "\"";
        try (Connection c = DriverManager.getConnection(TestStack.jdbcUrl(), "tessera", "tessera");
             Statement s = c.createStatement()) {
            s.execute("drop table " + schema + ".kb_synonym_set, " + schema + ".kb_outdated_flag, " + schema
                    + ".kb_feedback, " + schema + ".kb_version_transition, " + schema + ".kb_article_version, "
                    + schema + ".kb_article, " + schema + ".kb_category");
            s.execute("drop sequence " + schema + ".kb_article_number_seq");
            s.execute("delete from " + schema + ".flyway_schema_history where version = '20'");
        }

        deployer.deploy(DEPLOYMENT);
        try {
            try (Connection c = DriverManager.getConnection(TestStack.jdbcUrl(), "tessera", "tessera");
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select count(*) from " + schema + ".flyway_schema_history where version = '20' and success")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
            String token = Api.token(acme.slug(), "admin", Tenants.PASSWORD);
            assertThat(api.get("/api/t/" + acme.slug() + "/plugins", token).status()).isEqualTo(200);
            assertThat(api.get("/api/t/" + acme.slug() + "/knowledge/articles", token).status()).isEqualTo(200);
            assertThat(api.get("/api/t/" + acme.slug() + "/tickets", token).json().get("items").get(0).get("title").asText())
                    .isEqualTo("kept");
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }
}
