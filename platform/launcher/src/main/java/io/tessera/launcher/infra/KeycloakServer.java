package io.tessera.launcher.infra;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak from its distribution zip, in dev mode, storing its realms in PostgreSQL (so many realms stay cheap
 * and the state survives restarts).
 */
public final class KeycloakServer extends ManagedProcess {

    private final String baseUrl;

    private KeycloakServer(Process p, Path log, String baseUrl) {
        super("Keycloak", p, log);
        this.baseUrl = baseUrl;
    }

    public record Options(Path home, int httpPort, int managementPort, String adminUser, String adminPassword,
                          String dbUrl, String dbUser, String dbPassword, Path log) {
    }

    public static KeycloakServer start(Options o) throws IOException, InterruptedException {
        List<String> cmd = List.of(o.home().resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + o.httpPort(),
                "--http-management-port=" + o.managementPort(),
                "--db=postgres",
                "--db-url=" + o.dbUrl(),
                "--db-username=" + o.dbUser(),
                "--db-password=" + o.dbPassword(),
                "--cache=local");
        Map<String, String> env = Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", o.adminUser(),
                "KC_BOOTSTRAP_ADMIN_PASSWORD", o.adminPassword(),
                "JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx768m");
        Process p = spawn(cmd, env, o.home(), o.log());
        KeycloakServer kc = new KeycloakServer(p, o.log(), "http://localhost:" + o.httpPort());
        try {
            kc.awaitHttp(kc.baseUrl + "/realms/master/.well-known/openid-configuration", Duration.ofMinutes(4));
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
