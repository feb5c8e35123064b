package io.tessera.launcher.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's settings, read from environment variables with embedded defaults:
 * <ul>
 *   <li>{@code TESSERA_HOME}: state directory (default {@code .tessera} in the repository; relative paths are taken
 *       from the repository root)</li>
 *   <li>{@code TESSERA_HTTP_PORT} (8080): portal and API; WildFly's other ports move with it (port offset)</li>
 *   <li>{@code TESSERA_KEYCLOAK_PORT} (8180), {@code TESSERA_DB_PORT} (5433): the embedded servers</li>
 *   <li>{@code TESSERA_PUBLIC_URL} (http://localhost:&lt;http port&gt;): where users reach the portal, e.g. behind a
 *       reverse proxy</li>
 *   <li>{@code TESSERA_DB_URL} (+ {@code TESSERA_DB_USER}, {@code TESSERA_DB_PASSWORD}): use that PostgreSQL
 *       instead of the embedded one</li>
 *   <li>{@code TESSERA_KEYCLOAK_URL} (+ {@code TESSERA_KEYCLOAK_ADMIN_USER}, {@code TESSERA_KEYCLOAK_ADMIN_PASSWORD}):
 *       use that Keycloak instead of the embedded one</li>
 * </ul>
 */
public record LauncherConfig(Path root, Path home, int httpPort, int keycloakPort, int dbPort,
                             Optional<String> publicUrlOverride, Optional<ExternalDatabase> externalDatabase,
                             Optional<ExternalKeycloak> externalKeycloak) {

    public static final int DEFAULT_HTTP_PORT = 8080;
    public static final int DEFAULT_KEYCLOAK_PORT = 8180;
    public static final int DEFAULT_DB_PORT = 5433;
    /** WildFly's standalone.xml ports at offset 0. */
    private static final int WILDFLY_HTTPS = 8443;
    private static final int WILDFLY_MANAGEMENT = 9990;
    /**
     * Keycloak's management interface would sit this far above its HTTP port; in dev mode without health or metrics
     * it is not opened, so it is not among the claimed ports.
     */
    private static final int KEYCLOAK_MANAGEMENT_DISTANCE = 1000;

    /** A PostgreSQL the platform uses instead of the embedded one (Keycloak then keeps its own dev-file store). */
    public record ExternalDatabase(String jdbcUrl, String username, Optional<String> password) {
    }

    /** A Keycloak the platform provisions realms in instead of the embedded one. */
    public record ExternalKeycloak(String url, String adminUsername, String adminPassword) {
    }

    /** A TCP port a server of the stack will listen on. */
    public record PortClaim(String owner, int port) {
    }

    public static LauncherConfig fromEnv(Map<String, String> env, Path root) {
        Path home = value(env, "TESSERA_HOME").map(root::resolve).orElse(root.resolve(".tessera")).normalize();
        Optional<ExternalDatabase> db = value(env, "TESSERA_DB_URL").map(url -> {
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new ConfigException("TESSERA_DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db),"
                        + " got '" + url + "'");
            }
            return new ExternalDatabase(url, value(env, "TESSERA_DB_USER").orElse("tessera"),
                    value(env, "TESSERA_DB_PASSWORD"));
        });
        Optional<ExternalKeycloak> kc = value(env, "TESSERA_KEYCLOAK_URL").map(url -> {
            if (!url.matches("https?://.+")) {
                throw new ConfigException("TESSERA_KEYCLOAK_URL must be an http(s) URL, got '" + url + "'");
            }
            String password = value(env, "TESSERA_KEYCLOAK_ADMIN_PASSWORD").orElseThrow(() -> new ConfigException(
                    "TESSERA_KEYCLOAK_URL is set: TESSERA_KEYCLOAK_ADMIN_PASSWORD (master realm administrator) is"
                            + " needed too"));
            return new ExternalKeycloak(stripTrailingSlash(url),
                    value(env, "TESSERA_KEYCLOAK_ADMIN_USER").orElse("admin"), password);
        });
        LauncherConfig config = new LauncherConfig(root, home,
                port(env, "TESSERA_HTTP_PORT", DEFAULT_HTTP_PORT),
                port(env, "TESSERA_KEYCLOAK_PORT", DEFAULT_KEYCLOAK_PORT),
                port(env, "TESSERA_DB_PORT", DEFAULT_DB_PORT), publicUrl(env), db, kc);
        config.checkPortsDistinct();
        return config;
    }

    public boolean embeddedDatabase() {
        return externalDatabase.isEmpty();
    }

    public boolean embeddedKeycloak() {
        return externalKeycloak.isEmpty();
    }

    public HomeLayout layout() {
        return new HomeLayout(home);
    }

    public BuildArtifacts artifacts() {
        return new BuildArtifacts(root);
    }

    /** WildFly's {@code jboss.socket.binding.port-offset}: all its ports move with the HTTP port. */
    public int portOffset() {
        return httpPort - DEFAULT_HTTP_PORT;
    }

    public int managementPort() {
        return WILDFLY_MANAGEMENT + portOffset();
    }

    public int keycloakManagementPort() {
        return keycloakPort + KEYCLOAK_MANAGEMENT_DISTANCE;
    }

    /** Where users reach the portal and API (shown to them, and the platform's redirect URIs). */
    public String publicUrl() {
        return publicUrlOverride.orElse(localUrl());
    }

    /** WildFly on this machine: what the launcher itself probes and seeds through. */
    public String localUrl() {
        return "http://localhost:" + httpPort;
    }

    /** Keycloak's base URL as the platform and users reach it (the tokens' issuer). */
    public String keycloakUrl() {
        return externalKeycloak.map(ExternalKeycloak::url).orElse("http://localhost:" + keycloakPort);
    }

    /** The platform's database: the external one, or database {@code tessera} of the embedded server. */
    public String databaseUrl() {
        return externalDatabase.map(ExternalDatabase::jdbcUrl)
                .orElse("jdbc:postgresql://localhost:" + dbPort + "/tessera");
    }

    /** JDBC URL of Keycloak's database on the embedded server. */
    public String keycloakDatabaseUrl() {
        return "jdbc:postgresql://localhost:" + dbPort + "/keycloak";
    }

    /** The ports the embedded servers will listen on; external services claim none. */
    public List<PortClaim> portClaims() {
        List<PortClaim> claims = new ArrayList<>();
        claims.add(new PortClaim("portal and API (WildFly HTTP, TESSERA_HTTP_PORT)", httpPort));
        claims.add(new PortClaim("WildFly HTTPS (TESSERA_HTTP_PORT + 363)", WILDFLY_HTTPS + portOffset()));
        claims.add(new PortClaim("WildFly management (TESSERA_HTTP_PORT + 1910)", managementPort()));
        if (embeddedKeycloak()) {
            claims.add(new PortClaim("Keycloak (TESSERA_KEYCLOAK_PORT)", keycloakPort));
        }
        if (embeddedDatabase()) {
            claims.add(new PortClaim("PostgreSQL (TESSERA_DB_PORT)", dbPort));
        }
        return claims;
    }

    private void checkPortsDistinct() {
        Map<Integer, String> seen = new HashMap<>();
        for (PortClaim c : portClaims()) {
            if (c.port() < 1 || c.port() > 65535) {
                throw new ConfigException(c.owner() + " would be port " + c.port() + ", outside 1-65535");
            }
            String before = seen.putIfAbsent(c.port(), c.owner());
            if (before != null) {
                throw new ConfigException("port " + c.port() + " is configured twice: " + before + " and " + c.owner());
            }
        }
    }

    private static Optional<String> publicUrl(Map<String, String> env) {
        return value(env, "TESSERA_PUBLIC_URL").map(url -> {
            if (!url.matches("https?://[^/]+/?")) {
                throw new ConfigException("TESSERA_PUBLIC_URL must be an http(s) URL without a path, got '" + url + "'");
            }
            return stripTrailingSlash(url);
        });
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        Optional<String> v = value(env, name);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(v.get());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ConfigException(name + " must be a port number (1-65535), got '" + v.get() + "'");
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
