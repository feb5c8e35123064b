package io.tessera.platform.tenancy;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A tenant's stable identifier: its slug. The slug names the tenant's Keycloak realm and, with hyphens turned into
 * underscores, its PostgreSQL schema {@code t_<slug>}. Underscores are not allowed in slugs, so that mapping is
 * one-to-one.
 */
public final class TenantId {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,38}[a-z0-9]");
    /** Names that would clash with realms or path segments the platform itself uses. */
    private static final Set<String> RESERVED = Set.of("tessera", "master", "admin", "api", "public", "control",
            "portal", "system", "default");

    private final String slug;

    private TenantId(String slug) {
        this.slug = slug;
    }

    /** @throws IllegalArgumentException when {@code slug} is not a valid tenant slug */
    public static TenantId of(String slug) {
        return parse(slug).orElseThrow(() -> new IllegalArgumentException("invalid tenant slug: " + slug));
    }

    /** A tenant id, or empty when {@code slug} cannot be one (never throws, so the edge can answer 404). */
    public static Optional<TenantId> parse(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches() || slug.contains("--")) {
            return Optional.empty();
        }
        return Optional.of(new TenantId(slug));
    }

    public static boolean isReserved(String slug) {
        return RESERVED.contains(slug);
    }

    public String value() {
        return slug;
    }

    /** The PostgreSQL schema that holds this tenant's data. */
    public String schema() {
        return "t_" + slug.replace('-', '_');
    }

    /** The Keycloak realm of this tenant's users. */
    public String realm() {
        return slug;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TenantId other && other.slug.equals(slug);
    }

    @Override
    public int hashCode() {
        return Objects.hash(slug);
    }

    @Override
    public String toString() {
        return slug;
    }
}
