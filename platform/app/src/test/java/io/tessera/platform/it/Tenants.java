package io.tessera.platform.it;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Creates tenants and users through the public APIs, each test its own (unique slugs). */
public final class Tenants {

    public static final String PASSWORD = "Secret-pass-123";

    private final Api api;

    public Tenants(Api api) {
        this.api = api;
    }

    public record TestTenant(String slug, String adminToken) {
    }

    public String operatorToken() {
        return Api.token("tessera", TestStack.OPERATOR, TestStack.OPERATOR_PASSWORD);
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Api.Reply create(String slug, String displayName) {
        return api.post("/api/admin/tenants", operatorToken(), Map.of(
                "slug", slug,
                "displayName", displayName,
                "admin", Map.of("username", "admin", "email", "admin@" + slug + ".example",
                        "firstName", "Ada", "lastName", "Admin", "password", PASSWORD)));
    }

    /** A new active tenant with its first admin signed in. */
    public TestTenant newTenant(String prefix) {
        String slug = uniqueSlug(prefix);
        Api.Reply r = create(slug, prefix.toUpperCase() + " Ltd");
        if (r.status() != 201) {
            throw new IllegalStateException("tenant not created: " + r);
        }
        return new TestTenant(slug, Api.token(slug, "admin", PASSWORD));
    }

    /** Adds a user with {@code roles} and returns a token for them. */
    public String user(TestTenant tenant, String username, String... roles) {
        Api.Reply r = api.post("/api/t/" + tenant.slug() + "/admin/users", tenant.adminToken(), Map.of(
                "username", username, "email", username + "@" + tenant.slug() + ".example",
                "firstName", username, "lastName", "Tester", "password", PASSWORD, "roles", List.of(roles)));
        if (r.status() != 201) {
            throw new IllegalStateException("user not created: " + r);
        }
        return Api.token(tenant.slug(), username, PASSWORD);
    }
}
