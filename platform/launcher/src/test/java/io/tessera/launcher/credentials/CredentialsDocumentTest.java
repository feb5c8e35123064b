package io.tessera.launcher.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tessera.launcher.config.LauncherConfig;
import io.tessera.launcher.demo.DemoDirectory;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialsDocumentTest {

    private static final LauncherConfig EMBEDDED = LauncherConfig.fromEnv(Map.of(), Path.of("/repo"));
    private final DemoDirectory demo = DemoDirectory.standard();

    @Test
    void aFirstStartGeneratesEveryPasswordOnce() {
        SecretBook secrets = new SecretBook(Map.of(), new PasswordGenerator());

        ObjectNode doc = CredentialsDocument.render(EMBEDDED, demo, secrets);

        assertThat(secrets.generated()).contains(SecretBook.KEYCLOAK_ADMIN, SecretBook.OPERATOR, SecretBook.DATABASE,
                SecretBook.userKey("acme", "acme-admin"), SecretBook.userKey("globex", "globex-user"));
        assertThat(secrets.generated()).hasSize(3 + 6);
        assertThat(secrets.asMap().values()).doesNotHaveDuplicates();
        assertThat(doc.path("keycloak").path("adminPassword").asText())
                .isEqualTo(secrets.password(SecretBook.KEYCLOAK_ADMIN));
    }

    @Test
    void aLaterStartReusesThePasswordsOfTheEarlierDocument() {
        ObjectNode first = CredentialsDocument.render(EMBEDDED, demo, new SecretBook(Map.of(), new PasswordGenerator()));

        SecretBook again = new SecretBook(CredentialsDocument.passwords(first), new PasswordGenerator());
        ObjectNode second = CredentialsDocument.render(EMBEDDED, demo, again);

        assertThat(again.generated()).isEmpty();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void onlyAMissingPasswordIsGeneratedTheOthersAreKept() {
        ObjectNode first = CredentialsDocument.render(EMBEDDED, demo, new SecretBook(Map.of(), new PasswordGenerator()));
        ObjectNode agent = (ObjectNode) first.path("tenants").get(0).path("users").get(1);
        String adminPassword = first.path("tenants").get(0).path("users").get(0).path("password").asText();
        agent.remove("password");

        SecretBook again = new SecretBook(CredentialsDocument.passwords(first), new PasswordGenerator());
        JsonNode second = CredentialsDocument.render(EMBEDDED, demo, again);

        assertThat(again.generated()).containsExactly(SecretBook.userKey("acme", "acme-agent"));
        assertThat(second.path("tenants").get(0).path("users").get(0).path("password").asText())
                .isEqualTo(adminPassword);
        assertThat(second.path("tenants").get(0).path("users").get(1).path("password").asText()).isNotBlank();
    }

    @Test
    void theDocumentSaysWhereEverythingIsAndWhoIsWho() {
        LauncherConfig config = LauncherConfig.fromEnv(Map.of("TESSERA_HTTP_PORT", "9080",
                "TESSERA_KEYCLOAK_PORT", "9181"), Path.of("/repo"));

        JsonNode doc = CredentialsDocument.render(config, demo, new SecretBook(Map.of(), new PasswordGenerator()));

        assertThat(doc.path("portalUrl").asText()).isEqualTo("http://localhost:9080/");
        assertThat(doc.path("apiUrl").asText()).isEqualTo("http://localhost:9080/api");
        assertThat(doc.path("keycloak").path("adminConsoleUrl").asText())
                .isEqualTo("http://localhost:9181/admin/master/console/");
        assertThat(doc.path("operator").path("username").asText()).isEqualTo("operator");
        assertThat(doc.path("operator").path("realm").asText()).isEqualTo("tessera");
        JsonNode acme = doc.path("tenants").get(0);
        assertThat(acme.path("slug").asText()).isEqualTo("acme");
        assertThat(acme.path("displayName").asText()).isEqualTo("Acme Corp");
        assertThat(acme.path("portalUrl").asText()).isEqualTo("http://localhost:9080/t/acme/");
        assertThat(acme.path("tokenUrl").asText())
                .isEqualTo("http://localhost:9181/realms/acme/protocol/openid-connect/token");
        assertThat(acme.path("users")).extracting(u -> u.path("username").asText())
                .containsExactly("acme-admin", "acme-agent", "acme-user");
        assertThat(acme.path("users").get(2).path("roles")).extracting(JsonNode::asText).containsExactly("end-user");
        assertThat(doc.path("tenants").get(1).path("displayName").asText()).isEqualTo("Globex Corporation");
    }

    @Test
    void passwordsOfExternalServicesAreNeverWritten() {
        LauncherConfig external = LauncherConfig.fromEnv(Map.of(
                "TESSERA_DB_URL", "jdbc:postgresql://db:5432/t", "TESSERA_DB_USER", "app", "TESSERA_DB_PASSWORD", "dbpw",
                "TESSERA_KEYCLOAK_URL", "http://kc:8080", "TESSERA_KEYCLOAK_ADMIN_PASSWORD", "kcpw"), Path.of("/repo"));
        SecretBook secrets = new SecretBook(Map.of(), new PasswordGenerator());

        JsonNode doc = CredentialsDocument.render(external, demo, secrets);

        assertThat(doc.path("keycloak").has("adminPassword")).isFalse();
        assertThat(doc.path("keycloak").path("external").asBoolean()).isTrue();
        assertThat(doc.path("database").has("password")).isFalse();
        assertThat(doc.path("database").path("username").asText()).isEqualTo("app");
        assertThat(doc.toString()).doesNotContain("dbpw", "kcpw");
        assertThat(secrets.generated()).doesNotContain(SecretBook.KEYCLOAK_ADMIN, SecretBook.DATABASE);
    }

    @Test
    void passwordsAreFoundInAHandWrittenDocumentToo() throws Exception {
        JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                {"operator": {"password": "op"},
                 "tenants": [{"slug": "acme", "users": [{"username": "acme-user", "password": "u"},
                                                        {"username": "acme-agent"}]}]}""");

        assertThat(CredentialsDocument.passwords(doc)).isEqualTo(Map.of(SecretBook.OPERATOR, "op",
                SecretBook.userKey("acme", "acme-user"), "u"));
        assertThat(List.copyOf(CredentialsDocument.passwords(doc).keySet())).doesNotContain(SecretBook.DATABASE);
    }
}
