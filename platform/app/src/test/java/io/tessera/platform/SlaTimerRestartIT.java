package io.tessera.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.tessera.platform.it.Api;
import io.tessera.platform.it.Deployments;
import io.tessera.platform.it.Sla;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SLA timers are rows, not memory: a breach that falls due while the platform is down fires once after it is back,
 * and another restart after the firing does not fire it again.
 */
@ExtendWith(ArquillianExtension.class)
class SlaTimerRestartIT {

    private static final String DEPLOYMENT = "platform";

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void aBreachDueDuringARestartFiresOnceAndARestartAfterItDoesNotRepeatIt() throws Exception {
        Api api = new Api("http://localhost:" + System.getProperty("tessera.it.http.port"));
        Tenants tenants = new Tenants(api);
        Tenants.TestTenant acme;
        String number;
        Instant due;
        deployer.deploy(DEPLOYMENT);
        try {
            acme = tenants.newTenant("acme");
            Sla sla = new Sla(api, acme.slug());
            String cal = sla.calendarId(acme.adminToken(), "24x7");
            // 0.25 min = 15 s of round-the-clock time
            sla.policy(acme.adminToken(), Map.of("name", "Restart", "calendarId", cal,
                    "targets", List.of(Map.of("metric", "resolution", "priority", "P3", "target", 0.25))));
            Api.Reply opened = api.post("/api/t/" + acme.slug() + "/tickets", acme.adminToken(),
                    Map.of("title", "Due while down"));
            assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
            number = opened.json().get("number").asText();
            due = Instant.parse(sla.clock(acme.adminToken(), number, "resolution").get("due").asText());
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
        // down until the breach is past due
        long wait = Duration.between(Instant.now(), due).toMillis() + 2000;
        if (wait > 0) {
            Thread.sleep(wait);
        }
        String schema = "\"t_" + acme.slug().replace('-', '_') + "\"";
        assertThat(firings(schema)).isZero();

        deployer.deploy(DEPLOYMENT);
        try {
            String token = Api.token(acme.slug(), "admin", Tenants.PASSWORD);
            Sla sla = new Sla(api, acme.slug());
            List<JsonNode> fired = sla.awaitFirings(token, number, Duration.ofSeconds(30),
                    f -> Sla.count(f, "resolution", "breach") >= 1);
            assertThat(Sla.count(fired, "resolution", "breach")).as(fired.toString()).isEqualTo(1);
            Instant firedAt = Instant.parse(fired.get(0).get("firedAt").asText());
            assertThat(firedAt).isAfter(due);
            assertThat(sla.clock(token, number, "resolution").get("state").asText()).isEqualTo("breached");
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }

        deployer.deploy(DEPLOYMENT);
        try {
            // a few sweeps after the second restart
            Thread.sleep(6000);
            String token = Api.token(acme.slug(), "admin", Tenants.PASSWORD);
            assertThat(new Sla(api, acme.slug()).sweep(token).json().get("claimed").asInt()).isZero();
            assertThat(Sla.count(new Sla(api, acme.slug()).firings(token, number), "resolution", "breach"))
                    .isEqualTo(1);
            assertThat(firings(schema)).isEqualTo(1);
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }

    private static int firings(String schema) throws Exception {
        try (Connection c = DriverManager.getConnection(TestStack.jdbcUrl(), "tessera", "tessera");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from " + schema + ".sla_firing where kind = 'breach'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
