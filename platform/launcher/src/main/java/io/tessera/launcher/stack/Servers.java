package io.tessera.launcher.stack;

import io.tessera.launcher.config.HomeLayout;
import io.tessera.launcher.config.LauncherConfig;
import io.tessera.launcher.config.LauncherConfig.ExternalKeycloak;
import io.tessera.launcher.credentials.CredentialsDocument;
import io.tessera.launcher.credentials.SecretBook;
import io.tessera.launcher.demo.DemoDirectory;
import io.tessera.launcher.infra.EmbeddedDatabase;
import io.tessera.launcher.infra.KeycloakServer;
import io.tessera.launcher.infra.WildFlyServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stack's server processes: started one by one, stopped in reverse (WildFly, Keycloak, PostgreSQL). */
final class Servers implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Servers.class);
    private static final Duration KEYCLOAK_TIMEOUT = Duration.ofMinutes(6);
    private static final Duration WILDFLY_TIMEOUT = Duration.ofMinutes(5);

    private final LauncherConfig config;
    private final HomeLayout home;
    private final SecretBook secrets;
    private EmbeddedDatabase database;
    private KeycloakServer keycloak;
    private WildFlyServer wildfly;

    Servers(LauncherConfig config, SecretBook secrets) {
        this.config = config;
        this.home = config.layout();
        this.secrets = secrets;
    }

    /** PostgreSQL with the role {@code tessera} owning the databases {@code tessera} and {@code keycloak}. */
    void startDatabase() throws IOException, SQLException {
        database = EmbeddedDatabase.start(new EmbeddedDatabase.Options(home.postgresData(), home.postgresRuntime(),
                config.dbPort(), home.log("postgres"), false));
        List<String> databases = config.embeddedKeycloak() ? List.of("tessera", "keycloak") : List.of("tessera");
        database.ensureDatabases(CredentialsDocument.EMBEDDED_DATABASE_USER, secrets.password(SecretBook.DATABASE),
                databases);
        LOG.info("PostgreSQL up on port {} (data in {})", config.dbPort(), home.postgresData());
    }

    /** Keycloak from its private copy; on the embedded PostgreSQL if there is one, else its dev-file store. */
    void startKeycloak() throws IOException, InterruptedException {
        ServerHomes.prepareKeycloak(config.artifacts().keycloakDistribution(), home.keycloak());
        String dbUrl = config.embeddedDatabase() ? config.keycloakDatabaseUrl() : null;
        keycloak = KeycloakServer.start(new KeycloakServer.Options(home.keycloak(), config.keycloakPort(),
                config.keycloakManagementPort(), CredentialsDocument.EMBEDDED_KEYCLOAK_ADMIN,
                secrets.password(SecretBook.KEYCLOAK_ADMIN), dbUrl, CredentialsDocument.EMBEDDED_DATABASE_USER,
                config.embeddedDatabase() ? secrets.password(SecretBook.DATABASE) : null, home.log("keycloak")),
                KEYCLOAK_TIMEOUT);
        LOG.info("Keycloak up at {} ({})", keycloak.baseUrl(), dbUrl == null ? "dev-file store" : dbUrl);
    }

    /** WildFly with the current WAR and plugins, configured for the stack; returns when the API is healthy. */
    void startWildFly(DemoDirectory demo) throws IOException, InterruptedException {
        ServerHomes.prepareWildFly(config.artifacts().wildflyHome(), home.wildfly());
        ServerHomes.deployWar(config.artifacts().war(), home.wildfly());
        ServerHomes.syncPlugins(config.artifacts().pluginZips(), home.plugins());

        Map<String, String> props = new LinkedHashMap<>();
        Map<String, String> env = new HashMap<>();
        env.put("JBOSS_JAVA_SIZING", "-Xms256m -Xmx1g");
        env.put("JDK_SERIAL_FILTER", WildFlyServer.SERIAL_FILTER);
        props.put("tessera.db.url", config.databaseUrl());
        config.externalDatabase().ifPresentOrElse(db -> {
            props.put("tessera.db.user", db.username());
            db.password().ifPresent(p -> env.put("TESSERA_DB_PASSWORD", p));
        }, () -> {
            props.put("tessera.db.user", CredentialsDocument.EMBEDDED_DATABASE_USER);
            env.put("TESSERA_DB_PASSWORD", secrets.password(SecretBook.DATABASE));
        });
        props.put("tessera.keycloak.url", config.keycloakUrl());
        props.put("tessera.keycloak.admin-user", config.externalKeycloak().map(ExternalKeycloak::adminUsername)
                .orElse(CredentialsDocument.EMBEDDED_KEYCLOAK_ADMIN));
        env.put("TESSERA_KEYCLOAK_ADMIN_PASSWORD", config.externalKeycloak().map(ExternalKeycloak::adminPassword)
                .orElseGet(() -> secrets.password(SecretBook.KEYCLOAK_ADMIN)));
        props.put("tessera.public-url", config.publicUrl());
        props.put("tessera.mode", "dev");
        props.put("tessera.operator.username", demo.operatorUsername());
        env.put("TESSERA_OPERATOR_PASSWORD", secrets.password(SecretBook.OPERATOR));
        props.put("tessera.plugins.dir", home.plugins().toString());

        wildfly = WildFlyServer.start(new WildFlyServer.Options(config.artifacts().wildflyHome(), home.wildfly(),
                config.portOffset(), props, env, home.log("wildfly")), healthUrl(), WILDFLY_TIMEOUT);
        LOG.info("WildFly up: {} answers", healthUrl());
    }

    String healthUrl() {
        return config.localUrl() + "/api/public/health";
    }

    /**
     * Stops what was started, in reverse order, each gracefully; never throws. Runs to the end even when the thread
     * was interrupted (a stop requested during start-up), and keeps the interrupt for the caller.
     */
    @Override
    public void close() {
        boolean interrupted = Thread.interrupted();
        if (wildfly != null) {
            LOG.info("stopping WildFly");
            wildfly.close();
            wildfly = null;
            interrupted |= Thread.interrupted();
        }
        if (keycloak != null) {
            LOG.info("stopping Keycloak");
            keycloak.close();
            keycloak = null;
            interrupted |= Thread.interrupted();
        }
        if (database != null) {
            LOG.info("stopping PostgreSQL");
            try {
                database.close();
            } catch (IOException | RuntimeException e) {
                LOG.warn("PostgreSQL did not stop cleanly: {}", e.toString());
            }
            database = null;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
