package io.tessera.launcher.credentials;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** The readable block {@code ./tessera up} prints: where everything is and how to sign in. */
public final class CredentialsSummary {

    private CredentialsSummary() {
    }

    public static String format(JsonNode doc, String credentialsPath) {
        StringBuilder b = new StringBuilder();
        b.append("Tessera is running.\n\n");
        row(b, "Portal", doc.path("portalUrl").asText());
        row(b, "API", doc.path("apiUrl").asText());
        JsonNode kc = doc.path("keycloak");
        row(b, "Keycloak", kc.path("url").asText() + (kc.path("external").asBoolean() ? "  (external)" : ""));
        row(b, "  admin console", kc.path("adminConsoleUrl").asText());
        row(b, "  admin login", login(kc.path("adminUsername"), kc.path("adminPassword")));
        JsonNode op = doc.path("operator");
        row(b, "MSP operator", login(op.path("username"), op.path("password"))
                + "  (realm " + op.path("realm").asText() + ", API only)");
        b.append('\n');

        List<String[]> users = new ArrayList<>();
        for (JsonNode t : doc.path("tenants")) {
            row(b, t.path("displayName").asText(), t.path("portalUrl").asText());
            users.clear();
            for (JsonNode u : t.path("users")) {
                List<String> roles = new ArrayList<>();
                u.path("roles").forEach(r -> roles.add(r.asText()));
                users.add(new String[] {u.path("username").asText(), u.path("password").asText(),
                    String.join(", ", roles)});
            }
            int nameWidth = users.stream().mapToInt(u -> u[0].length()).max().orElse(0);
            int passwordWidth = users.stream().mapToInt(u -> u[1].length()).max().orElse(0);
            for (String[] u : users) {
                b.append("    ").append(pad(u[0], nameWidth)).append("  ").append(pad(u[1], passwordWidth))
                        .append("  ").append(u[2]).append('\n');
            }
        }
        b.append('\n');
        JsonNode db = doc.path("database");
        row(b, "Database", db.path("jdbcUrl").asText() + (db.path("external").asBoolean() ? "  (external)" : ""));
        if (db.has("password")) {
            row(b, "  login", login(db.path("username"), db.path("password")));
        }
        row(b, "Credentials", credentialsPath);
        b.append("\nAPI tokens: password grant, client_id=").append(op.path("clientId").asText("tessera-cli"))
                .append(", at ").append(kc.path("url").asText()).append("/realms/<realm>/protocol/openid-connect/token")
                .append("\nStop with ./tessera down; ./tessera status and ./tessera logs show how it is doing.\n");
        return b.toString();
    }

    private static void row(StringBuilder b, String label, String value) {
        b.append("  ").append(pad(label, 20)).append(' ').append(value).append('\n');
    }

    private static String login(JsonNode username, JsonNode password) {
        return username.asText() + " / " + (password.isTextual() ? password.asText() : "(password not stored here)");
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
