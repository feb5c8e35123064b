package io.tessera.platform.it;

import io.tessera.launcher.infra.EmbeddedDatabase;
import io.tessera.launcher.infra.KeycloakServer;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts the real servers the integration tests need before any test runs, and stops them at the end:
 * PostgreSQL (zonky binaries, fresh cluster each run) and Keycloak (dev mode on that PostgreSQL). WildFly itself is
 * started by Arquillian from a copy of the configured distribution made here. Only active under failsafe
 * (system property {@code tessera.it.work}).
 */
public class TestStack implements LauncherSessionListener {

    public static final String OPERATOR = "operator";
    public static final String OPERATOR_PASSWORD = "operator-secret";

    private static EmbeddedDatabase database;
    private static KeycloakServer keycloak;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String work = System.getProperty("tessera.it.work");
        if (work == null || database != null) {
            return;
        }
        try {
            Path dir = Path.of(work);
            copyServer(Path.of(System.getProperty("tessera.it.wildfly.home")), dir.resolve("wildfly"));
            copyServer(Path.of(System.getProperty("tessera.it.keycloak.home")), dir.resolve("keycloak"));
            deleteTree(dir.resolve("pgdata"));
            database = EmbeddedDatabase.start(dir.resolve("pgdata"), dir.resolve("pg-work"), dbPort());
            database.ensureDatabases("tessera", "tessera", List.of("tessera", "keycloak"));
            int kcPort = Integer.parseInt(System.getProperty("tessera.it.keycloak.port"));
            keycloak = KeycloakServer.start(new KeycloakServer.Options(dir.resolve("keycloak"), kcPort, kcPort + 1000,
                    "admin", "admin", database.jdbcUrl("keycloak"), "tessera", "tessera", dir.resolve("keycloak.log")));
        } catch (Exception e) {
            launcherSessionClosed(session);
            throw new IllegalStateException("could not start the test stack", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (keycloak != null) {
            keycloak.close();
            keycloak = null;
        }
        if (database != null) {
            try {
                database.close();
            } catch (Exception ignored) {
                // the process is gone with the JVM anyway
            }
            database = null;
        }
    }

    public static int dbPort() {
        return Integer.parseInt(System.getProperty("tessera.it.db.port"));
    }

    public static String keycloakUrl() {
        return "http://localhost:" + System.getProperty("tessera.it.keycloak.port");
    }

    public static String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + dbPort() + "/tessera";
    }

    /** A fresh copy of a server distribution, so tests never write into the build's shared one. */
    private static void copyServer(Path from, Path to) throws Exception {
        deleteTree(to);
        Files.createDirectories(to.getParent());
        Process p = new ProcessBuilder("cp", "-a", from.toString(), to.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("could not copy " + from + " to " + to);
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            Process p = new ProcessBuilder("rm", "-rf", dir.toString()).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("could not delete " + dir);
            }
        }
    }
}
