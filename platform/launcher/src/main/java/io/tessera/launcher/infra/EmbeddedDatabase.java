package io.tessera.launcher.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * A real PostgreSQL server from zonky's Maven-packaged binaries. The data directory is kept between starts, so
 * state survives {@code ./tessera down} / {@code up}.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /**
     * Starts PostgreSQL on {@code port} with its cluster in {@code dataDir}; zonky unpacks its binaries below
     * {@code workDir}.
     */
    public static EmbeddedDatabase start(Path dataDir, Path workDir, int port) throws IOException {
        Files.createDirectories(dataDir.getParent());
        Files.createDirectories(workDir);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(workDir.toFile())
                .setRegisterShutdownHook(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .setServerConfig("listen_addresses", "localhost")
                .start();
        return new EmbeddedDatabase(pg, port);
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** Creates the login role and the databases it owns, if they do not exist yet. */
    public void ensureDatabases(String user, String password, List<String> databases) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "")) {
            try (PreparedStatement q = c.prepareStatement("select 1 from pg_roles where rolname = ?")) {
                q.setString(1, user);
                if (!q.executeQuery().next()) {
                    try (Statement s = c.createStatement()) {
                        s.execute("create role " + quoteIdent(user) + " login password " + quoteLiteral(password));
                    }
                }
            }
            for (String db : databases) {
                try (PreparedStatement q = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                    q.setString(1, db);
                    if (!q.executeQuery().next()) {
                        try (Statement s = c.createStatement()) {
                            s.execute("create database " + quoteIdent(db) + " owner " + quoteIdent(user)
                                    + " encoding 'UTF8' template template0");
                        }
                    }
                }
            }
        }
    }

    private static String quoteIdent(String s) {
        if (!s.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("unsupported identifier: " + s);
        }
        return '"' + s + '"';
    }

    private static String quoteLiteral(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
