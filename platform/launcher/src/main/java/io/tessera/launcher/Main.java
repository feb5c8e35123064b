package io.tessera.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import io.tessera.launcher.config.ConfigException;
import io.tessera.launcher.config.LauncherConfig;
import io.tessera.launcher.config.LauncherConfig.PortClaim;
import io.tessera.launcher.config.PortCheck;
import io.tessera.launcher.credentials.CredentialsFile;
import io.tessera.launcher.credentials.CredentialsSummary;
import io.tessera.launcher.demo.DemoDirectory;
import io.tessera.launcher.stack.StackStatus;
import io.tessera.launcher.stack.Supervisor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Commands (normally run by the {@code ./tessera} script, which passes {@code -Dtessera.root=<repository>}):
 * <ul>
 *   <li>{@code supervise}: run the stack in the foreground until SIGTERM</li>
 *   <li>{@code preflight}: check the settings and that the ports are free (exit 2 when one is taken)</li>
 *   <li>{@code summary}: print URLs and logins from credentials.json</li>
 *   <li>{@code status}: state of the supervisor and of each service (exit 1 unless all is up)</li>
 * </ul>
 */
public final class Main {

    /** The JVM is already shutting down (SIGTERM): System.exit would only block until the shutdown hook ends. */
    private static final int LEAVE_TO_SHUTDOWN = -1;

    private Main() {
    }

    public static void main(String[] args) {
        configureLogging();
        String command = args.length == 0 ? "help" : args[0];
        int code;
        try {
            LauncherConfig config = LauncherConfig.fromEnv(System.getenv(), root());
            code = switch (command) {
                case "supervise" -> supervise(config);
                case "preflight" -> preflight(config);
                case "summary" -> summary(config);
                case "status" -> new StackStatus(config.layout()).print(System.out) ? 0 : 1;
                case "help", "--help", "-h" -> help(0);
                default -> {
                    System.err.println("tessera-launcher: unknown command '" + command + "'");
                    yield help(64);
                }
            };
        } catch (ConfigException e) {
            System.err.println("tessera: " + e.getMessage());
            code = 78;
        } catch (IOException e) {
            System.err.println("tessera: " + e.getMessage());
            code = 1;
        }
        if (code != LEAVE_TO_SHUTDOWN) {
            System.exit(code);
        }
    }

    private static int supervise(LauncherConfig config) throws IOException {
        Supervisor supervisor = new Supervisor(config, DemoDirectory.standard());
        int code = supervisor.run();
        return supervisor.stopRequested() ? LEAVE_TO_SHUTDOWN : code;
    }

    private static int preflight(LauncherConfig config) {
        List<String> missing = config.artifacts().missing();
        if (!missing.isEmpty()) {
            System.err.println("tessera: not built yet: " + String.join(", ", missing));
            return 1;
        }
        List<PortClaim> taken = PortCheck.taken(config.portClaims());
        if (!taken.isEmpty()) {
            System.err.println("tessera: " + PortCheck.describe(taken));
            return 2;
        }
        return 0;
    }

    private static int summary(LauncherConfig config) throws IOException {
        Path file = config.layout().credentials();
        Optional<JsonNode> doc = new CredentialsFile(file).read();
        if (doc.isEmpty()) {
            System.err.println("tessera: no " + file + " yet (start the stack with ./tessera up)");
            return 1;
        }
        System.out.print(CredentialsSummary.format(doc.get(), file.toString()));
        return 0;
    }

    private static int help(int code) {
        System.out.println("""
                usage: java -Dtessera.root=<repository> -jar tessera-launcher.jar <command>
                  supervise   run PostgreSQL, Keycloak and WildFly until SIGTERM; seeds the demo
                  preflight   check settings and that the needed ports are free
                  summary     print URLs and logins (from <home>/credentials.json)
                  status      state of the supervisor and each service
                Settings (environment): TESSERA_HOME, TESSERA_HTTP_PORT, TESSERA_KEYCLOAK_PORT, TESSERA_DB_PORT,
                  TESSERA_DB_URL/_USER/_PASSWORD, TESSERA_KEYCLOAK_URL/_ADMIN_USER/_ADMIN_PASSWORD""");
        return code;
    }

    private static Path root() {
        String root = System.getProperty("tessera.root", System.getenv().getOrDefault("TESSERA_ROOT", "."));
        return Path.of(root).toAbsolutePath().normalize();
    }

    /** One line per event with a timestamp, on standard output (the script sends it to logs/supervisor.log). */
    private static void configureLogging() {
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.out");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
    }
}
