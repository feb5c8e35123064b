package io.tessera.launcher.infra;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keycloak from its distribution zip, in dev mode, storing its realms in PostgreSQL (so many realms stay cheap
 * and the state survives restarts) or, without a database URL, in its own dev-file (H2) store below its home.
 */
public final class KeycloakServer extends ManagedProcess {

    /** Long enough for a first boot on a small machine (re-augmentation plus creating the schema). */
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofMinutes(4);

    private final String baseUrl;

    private KeycloakServer(Process p, Path log, String baseUrl) {
        super("Keycloak", p, log);
        this.baseUrl = baseUrl;
    }

    /**
     * How to run Keycloak.
     *
     * @param dbUrl JDBC URL of its PostgreSQL database; {@code null}: Keycloak's dev-file store (dbUser and
     *              dbPassword are then ignored)
     */
    public record Options(Path home, int httpPort, int managementPort, String adminUser, String adminPassword,
                          String dbUrl, String dbUser, String dbPassword, Path log) {
    }

    public static KeycloakServer start(Options o) throws IOException, InterruptedException {
        return start(o, DEFAULT_START_TIMEOUT);
    }

    /** Starts Keycloak and waits until its master realm answers. Secrets go to the process environment only. */
    public static KeycloakServer start(Options o, Duration timeout) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(o.home().resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + o.httpPort(),
                "--http-management-port=" + o.managementPort(),
                "--cache=local"));
        Map<String, String> env = new HashMap<>(Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", o.adminUser(),
                "KC_BOOTSTRAP_ADMIN_PASSWORD", o.adminPassword(),
                "JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx768m"));
        if (o.dbUrl() != null) {
            cmd.addAll(List.of("--db=postgres", "--db-url=" + o.dbUrl(), "--db-username=" + o.dbUser()));
            env.put("KC_DB_PASSWORD", o.dbPassword());
        } else {
            cmd.add("--db=dev-file");
        }
        Process p = spawn(cmd, env, o.home(), o.log());
        KeycloakServer kc = new KeycloakServer(p, o.log(), "http://localhost:" + o.httpPort());
        try {
            kc.awaitHttp(kc.baseUrl + "/realms/master/.well-known/openid-configuration", timeout);
        } catch (IOException | InterruptedException e) {
            kc.close();
            throw e;
        }
        return kc;
    }

    public String baseUrl() {
        return baseUrl;
    }
}
