package io.tessera.launcher.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import io.tessera.launcher.config.LauncherConfig;
import io.tessera.launcher.demo.DemoDirectory;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialsSummaryTest {

    @Test
    void theSummaryListsUrlsAndEveryLoginWithItsPassword() {
        SecretBook secrets = new SecretBook(Map.of(), new PasswordGenerator());
        JsonNode doc = CredentialsDocument.render(LauncherConfig.fromEnv(Map.of(), Path.of("/repo")),
                DemoDirectory.standard(), secrets);

        String text = CredentialsSummary.format(doc, "/repo/.tessera/credentials.json");

        assertThat(text).contains("http://localhost:8080/", "http://localhost:8080/api",
                "http://localhost:8180/admin/master/console/", "http://localhost:8080/t/acme/",
                "http://localhost:8080/t/globex/", "Acme Corp", "Globex Corporation",
                "admin / " + secrets.password(SecretBook.KEYCLOAK_ADMIN),
                "operator / " + secrets.password(SecretBook.OPERATOR),
                "/repo/.tessera/credentials.json");
        assertThat(text).containsPattern("acme-user +" + secrets.password(SecretBook.userKey("acme", "acme-user"))
                + " +end-user");
        assertThat(text).containsPattern("globex-agent +"
                + secrets.password(SecretBook.userKey("globex", "globex-agent")) + " +agent");
    }

    @Test
    void anExternalKeycloakIsShownWithoutAPassword() {
        JsonNode doc = CredentialsDocument.render(LauncherConfig.fromEnv(Map.of("TESSERA_KEYCLOAK_URL",
                        "https://sso.example.com", "TESSERA_KEYCLOAK_ADMIN_PASSWORD", "kcpw"), Path.of("/repo")),
                DemoDirectory.standard(), new SecretBook(Map.of(), new PasswordGenerator()));

        String text = CredentialsSummary.format(doc, "c.json");

        assertThat(text).contains("https://sso.example.com  (external)", "admin / (password not stored here)")
                .doesNotContain("kcpw");
    }
}
