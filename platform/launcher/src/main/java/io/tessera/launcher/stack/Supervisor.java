package io.tessera.launcher.stack;

import com.fasterxml.jackson.databind.JsonNode;
import io.tessera.launcher.config.HomeLayout;
import io.tessera.launcher.config.LauncherConfig;
import io.tessera.launcher.config.LauncherConfig.PortClaim;
import io.tessera.launcher.config.PortCheck;
import io.tessera.launcher.credentials.CredentialsDocument;
import io.tessera.launcher.credentials.CredentialsFile;
import io.tessera.launcher.credentials.PasswordGenerator;
import io.tessera.launcher.credentials.SecretBook;
import io.tessera.launcher.demo.DemoDirectory;
import io.tessera.launcher.demo.DemoSeeder;
import io.tessera.launcher.demo.PlatformClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code supervise}: runs the whole stack in the foreground until SIGTERM. Starts PostgreSQL, Keycloak and WildFly
 * (embedded unless external ones are configured), seeds the demo, writes credentials.json and reports progress in
 * the state file. A shutdown hook interrupts whatever is going on and lets this thread stop the servers in order;
 * after a failure the servers are stopped too and the state keeps the reason.
 */
public final class Supervisor {

    private static final Logger LOG = LoggerFactory.getLogger(Supervisor.class);
    private static final Duration STOP_PATIENCE = Duration.ofMinutes(3);

    private final LauncherConfig config;
    private final HomeLayout home;
    private final DemoDirectory demo;
    private final StateFile state;
    private final Thread worker = Thread.currentThread();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean stopRequested;
    private volatile boolean failed;

    public Supervisor(LauncherConfig config, DemoDirectory demo) {
        this.config = config;
        this.home = config.layout();
        this.demo = demo;
        this.state = new StateFile(home.state());
    }

    /** Whether the JVM is shutting down because a stop was requested (then nobody should call System.exit). */
    public boolean stopRequested() {
        return stopRequested;
    }

    /** Runs until stopped; returns the process exit code (0 stopped on request, 1 failed, 3 already running). */
    public int run() throws IOException {
        createHome();
        try (FileChannel lockChannel = FileChannel.open(home.lockFile(), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = lockChannel.tryLock()) {
            if (lock == null) {
                LOG.error("another supervisor is running with home {} (pid file {})", home.home(), home.pidFile());
                return 3;
            }
            Files.writeString(home.pidFile(), ProcessHandle.current().pid() + "\n");
            Runtime.getRuntime().addShutdownHook(new Thread(this::onShutdown, "tessera-stop"));
            try {
                superviseLocked();
            } finally {
                Files.deleteIfExists(home.pidFile());
            }
        }
        return failed ? 1 : 0;
    }

    private void superviseLocked() {
        Instant started = Instant.now();
        Servers servers = null;
        try {
            progress("checking ports and build artifacts");
            checkStartable();
            SecretBook secrets = prepareCredentials();
            servers = new Servers(config, secrets);
            if (config.embeddedDatabase()) {
                progress("PostgreSQL");
                servers.startDatabase();
            }
            if (config.embeddedKeycloak()) {
                progress(Files.exists(home.keycloak()) ? "Keycloak"
                        : "Keycloak (first start: this takes a few minutes)");
                servers.startKeycloak();
            }
            progress("WildFly (deploying the platform)");
            servers.startWildFly(demo);
            progress("seeding the demo");
            new DemoSeeder(new PlatformClient(config.localUrl() + "/api", config.keycloakUrl()), demo, secrets,
                    line -> LOG.info("seed: {}", line)).seed();
            state.write(StateFile.READY);
            LOG.info("ready in {}s: portal {}/ ; logins in {}", Duration.between(started, Instant.now()).toSeconds(),
                    config.publicUrl(), home.credentials());
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            LOG.info("stop requested");
        } catch (Exception e) {
            if (!stopRequested) {
                failed = true;
                String reason = e.getMessage() == null ? e.toString() : e.getMessage();
                if (e instanceof StartException) {
                    LOG.error("start-up failed: {}", reason);
                } else {
                    LOG.error("start-up failed: {}", reason, e);
                }
                state.write(StateFile.FAILED + reason);
            }
        } finally {
            Thread.interrupted();
            if (servers != null) {
                servers.close();
            }
            Thread.interrupted();
            if (!failed) {
                state.write(StateFile.STOPPED);
            }
            LOG.info("all servers stopped");
            finished.countDown();
        }
    }

    private void onShutdown() {
        stopRequested = true;
        if (!failed) {
            state.write(StateFile.STOPPING);
        }
        worker.interrupt();
        try {
            if (!finished.await(STOP_PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                LOG.error("servers did not stop within {}s", STOP_PATIENCE.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void checkStartable() throws StartException {
        List<String> missing = config.artifacts().missing();
        if (!missing.isEmpty()) {
            throw new StartException("not built yet: " + String.join(", ", missing)
                    + " (./tessera up builds them; or ./mvnw -B install -DskipTests -DskipITs)");
        }
        List<PortClaim> taken = PortCheck.taken(config.portClaims());
        if (!taken.isEmpty()) {
            throw new StartException(PortCheck.describe(taken).replace('\n', ' '));
        }
    }

    /**
     * Reads the kept passwords, generates the missing ones and writes credentials.json before any server sees a
     * password, so a crash can never leave a server with a password nobody knows.
     */
    private SecretBook prepareCredentials() throws IOException, StartException {
        CredentialsFile file = new CredentialsFile(home.credentials());
        Optional<JsonNode> existing = file.read();
        if (existing.isEmpty() && hasServerState()) {
            throw new StartException(home.credentials() + " is missing but " + home.home() + " holds data of an earlier"
                    + " stack whose passwords it kept; restore the file, or delete " + home.home() + " to start afresh");
        }
        SecretBook secrets = new SecretBook(existing.map(CredentialsDocument::passwords).orElse(Map.of()),
                new PasswordGenerator());
        file.write(CredentialsDocument.render(config, demo, secrets));
        if (!secrets.generated().isEmpty()) {
            LOG.info("generated passwords for {}", secrets.generated());
        }
        return secrets;
    }

    private boolean hasServerState() {
        return Files.exists(home.postgresData()) || Files.exists(home.keycloak().resolve("data"));
    }

    private void progress(String step) {
        if (stopRequested) {
            return;
        }
        LOG.info("starting: {}", step);
        state.write("starting: " + step);
    }

    private void createHome() throws IOException {
        Path dir = home.home();
        if (!Files.exists(dir)) {
            Files.createDirectories(dir.toAbsolutePath().getParent());
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Files.createDirectories(home.logs());
    }

    /** The stack cannot start as configured; the message says why and what to do. */
    static final class StartException extends Exception {
        StartException(String message) {
            super(message);
        }
    }
}
