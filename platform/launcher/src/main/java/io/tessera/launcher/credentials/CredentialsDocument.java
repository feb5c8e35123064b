package io.tessera.launcher.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tessera.launcher.config.LauncherConfig;
import io.tessera.launcher.demo.DemoDirectory;
import io.tessera.launcher.demo.DemoDirectory.DemoTenant;
import io.tessera.launcher.demo.DemoDirectory.DemoUser;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The layout of {@code credentials.json}:
 * <pre>
 * { "portalUrl", "apiUrl",
 *   "keycloak": { "url", "adminConsoleUrl", "adminUsername", "adminPassword" (embedded Keycloak only), "external" },
 *   "operator": { "realm", "clientId", "tokenUrl", "username", "password" },
 *   "tenants": [ { "slug", "displayName", "portalUrl", "realm", "tokenUrl",
 *                  "users": [ { "username", "email", "roles": [...], "password" } ] } ],
 *   "database": { "jdbcUrl", "username", "password" (embedded PostgreSQL only), "external" } }
 * </pre>
 * Passwords of external services are never written (they are the caller's to keep).
 */
public final class CredentialsDocument {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The embedded Keycloak's master-realm administrator and the embedded database's login role. */
    public static final String EMBEDDED_KEYCLOAK_ADMIN = "admin";
    public static final String EMBEDDED_DATABASE_USER = "tessera";

    private CredentialsDocument() {
    }

    /** The passwords an earlier document holds, by {@link SecretBook} key. */
    public static Map<String, String> passwords(JsonNode doc) {
        Map<String, String> found = new LinkedHashMap<>();
        text(doc.path("keycloak").path("adminPassword")).ifPresent(p -> found.put(SecretBook.KEYCLOAK_ADMIN, p));
        text(doc.path("operator").path("password")).ifPresent(p -> found.put(SecretBook.OPERATOR, p));
        text(doc.path("database").path("password")).ifPresent(p -> found.put(SecretBook.DATABASE, p));
        for (JsonNode tenant : doc.path("tenants")) {
            String realm = tenant.path("realm").asText(tenant.path("slug").asText());
            for (JsonNode user : tenant.path("users")) {
                text(user.path("password")).ifPresent(p ->
                        found.put(SecretBook.userKey(realm, user.path("username").asText()), p));
            }
        }
        return found;
    }

    /** The document for this configuration and demo; takes (or generates) every password from {@code secrets}. */
    public static ObjectNode render(LauncherConfig config, DemoDirectory demo, SecretBook secrets) {
        String portal = config.publicUrl();
        String kc = config.keycloakUrl();
        ObjectNode doc = NODES.objectNode();
        doc.put("portalUrl", portal + "/");
        doc.put("apiUrl", portal + "/api");

        ObjectNode keycloak = doc.putObject("keycloak");
        keycloak.put("url", kc);
        keycloak.put("adminConsoleUrl", kc + "/admin/master/console/");
        config.externalKeycloak().ifPresentOrElse(ext -> {
            keycloak.put("adminUsername", ext.adminUsername());
            keycloak.put("external", true);
        }, () -> {
            keycloak.put("adminUsername", EMBEDDED_KEYCLOAK_ADMIN);
            keycloak.put("adminPassword", secrets.password(SecretBook.KEYCLOAK_ADMIN));
        });

        ObjectNode operator = doc.putObject("operator");
        operator.put("realm", DemoDirectory.PROVIDER_REALM);
        operator.put("clientId", DemoDirectory.CLI_CLIENT);
        operator.put("tokenUrl", tokenUrl(kc, DemoDirectory.PROVIDER_REALM));
        operator.put("username", demo.operatorUsername());
        operator.put("password", secrets.password(SecretBook.OPERATOR));

        ArrayNode tenants = doc.putArray("tenants");
        for (DemoTenant t : demo.tenants()) {
            ObjectNode tenant = tenants.addObject();
            tenant.put("slug", t.slug());
            tenant.put("displayName", t.displayName());
            tenant.put("portalUrl", portal + "/t/" + t.slug() + "/");
            tenant.put("realm", t.realm());
            tenant.put("tokenUrl", tokenUrl(kc, t.realm()));
            ArrayNode users = tenant.putArray("users");
            for (DemoUser u : t.users()) {
                ObjectNode user = users.addObject();
                user.put("username", u.username());
                user.put("email", u.email());
                ArrayNode roles = user.putArray("roles");
                u.roles().forEach(roles::add);
                user.put("password", secrets.password(SecretBook.userKey(t.realm(), u.username())));
            }
        }

        ObjectNode database = doc.putObject("database");
        database.put("jdbcUrl", config.databaseUrl());
        config.externalDatabase().ifPresentOrElse(ext -> {
            database.put("username", ext.username());
            database.put("external", true);
        }, () -> {
            database.put("username", EMBEDDED_DATABASE_USER);
            database.put("password", secrets.password(SecretBook.DATABASE));
        });
        return doc;
    }

    public static String tokenUrl(String keycloakUrl, String realm) {
        return keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token";
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isEmpty() ? Optional.of(node.asText()) : Optional.empty();
    }
}
