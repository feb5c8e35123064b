package io.tessera.platform;

import io.tessera.platform.it.Api;
import io.tessera.platform.it.Deployments;
import io.tessera.platform.it.Tenants;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal in a real browser (Debian's Chromium driven by Playwright, {@code portal-web/e2e/portal.e2e.mjs}):
 * acme's end user signs in through Keycloak, creates a ticket and sees it; globex's user signs in and does not.
 */
@ExtendWith(ArquillianExtension.class)
class PortalBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @Test
    void endUserCreatesTicketInPortalAndAnotherTenantDoesNotSeeIt() throws Exception {
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        assertThat(new File(chromium)).as("Chromium is needed for the browser test: apt-get install -y chromium")
                .exists();
        // the portal's Keycloak clients accept redirects to the public URL, which is localhost
        String baseUrl = "http://localhost:" + System.getProperty("tessera.it.http.port");
        Api api = new Api(baseUrl);
        Tenants tenants = new Tenants(api);
        Tenants.TestTenant acme = tenants.newTenant("acme");
        Tenants.TestTenant globex = tenants.newTenant("globex");
        tenants.user(acme, "alice", "end-user");
        tenants.user(globex, "gary", "end-user");

        Path portal = Path.of(System.getProperty("tessera.it.portal.dir")).toAbsolutePath().normalize();
        Path log = Path.of("target", "e2e-portal.log").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder("node", "--test", "--test-reporter=spec", "e2e/portal.e2e.mjs")
                .directory(portal.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(Map.of(
                "TESSERA_BASE_URL", baseUrl,
                "CHROMIUM_PATH", chromium,
                "E2E_ACME_TENANT", acme.slug(),
                "E2E_ACME_USER", "alice",
                "E2E_ACME_PASSWORD", Tenants.PASSWORD,
                "E2E_GLOBEX_TENANT", globex.slug(),
                "E2E_GLOBEX_USER", "gary",
                "E2E_GLOBEX_PASSWORD", Tenants.PASSWORD));
        Process node = pb.start();
        boolean finished = node.waitFor(6, TimeUnit.MINUTES);
        if (!finished) {
            node.destroyForcibly();
        }
        String output = Files.readString(log);
        assertThat(finished).as("e2e timed out:\n" + output).isTrue();
        assertThat(node.exitValue()).as("portal e2e failed:\n" + output).isZero();

        // and the ticket really is in acme, created by alice, and not in globex
        String aliceToken = Api.token(acme.slug(), "alice", Tenants.PASSWORD);
        assertThat(api.get("/api/t/" + acme.slug() + "/tickets?scope=mine", aliceToken).json().get("items")).isNotEmpty();
        assertThat(api.get("/api/t/" + globex.slug() + "/tickets", globex.adminToken()).json().get("items")).isEmpty();
    }
}
