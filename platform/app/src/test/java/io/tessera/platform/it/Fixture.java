package io.tessera.platform.it;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tenant with named users that all tests of one class share (each test still creates its own tickets), so a
 * class does not pay for a new Keycloak realm per test. Tokens are fetched again before they expire.
 */
public final class Fixture {

    private static final Duration TOKEN_AGE = Duration.ofMinutes(3);

    private record Token(String value, Instant at) {
    }

    public final Tenants.TestTenant tenant;
    public final String agentId;
    public final String agent2Id;
    public final String userId;
    public final String user2Id;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    public Fixture(Api api, Tenants tenants, String prefix) {
        tenant = tenants.newTenant(prefix);
        tokens.put("admin", new Token(tenant.adminToken(), Instant.now()));
        agentId = id(api, tenants, "agnes", "agent");
        agent2Id = id(api, tenants, "arthur", "agent");
        userId = id(api, tenants, "ursula", "end-user");
        user2Id = id(api, tenants, "victor", "end-user");
    }

    private String id(Api api, Tenants tenants, String username, String role) {
        String token = tenants.user(tenant, username, role);
        tokens.put(username, new Token(token, Instant.now()));
        return api.get("/api/t/" + tenant.slug() + "/me", token).json().get("id").asText();
    }

    /** A valid token of {@code username} (one of admin, agnes, arthur, ursula, victor). */
    public String token(String username) {
        return tokens.compute(username, (u, t) -> t != null && t.at().plus(TOKEN_AGE).isAfter(Instant.now()) ? t
                : new Token(Api.token(tenant.slug(), u, Tenants.PASSWORD), Instant.now())).value();
    }

    /** The tenant admin (also an agent). */
    public String admin() {
        return token("admin");
    }

    public String agent() {
        return token("agnes");
    }

    public String agent2() {
        return token("arthur");
    }

    public String user() {
        return token("ursula");
    }

    public String user2() {
        return token("victor");
    }

    public String slug() {
        return tenant.slug();
    }
}
