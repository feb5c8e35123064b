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
     * How to run the server.
     *
     * @param dataDir              the cluster (created by initdb on first start, kept afterwards)
     * @param workDir              where zonky unpacks its binaries
     * @param port                 TCP port on localhost
     * @param log                  file the server's output is appended to; {@code null}: through SLF4J
     * @param registerShutdownHook whether zonky stops the server in its own JVM shutdown hook (a caller that stops
     *                             several servers in order must do it itself, hooks run in no defined order)
     */
    public record Options(Path dataDir, Path workDir, int port, Path log, boolean registerShutdownHook) {
    }

    /**
     * Starts PostgreSQL on {@code port} with its cluster in {@code dataDir}; zonky unpacks its binaries below
     * {@code workDir}. Output goes through SLF4J and a JVM shutdown hook stops the server.
     */
    public static EmbeddedDatabase start(Path dataDir, Path workDir, int port) throws IOException {
        return start(new Options(dataDir, workDir, port, null, true));
    }

    public static EmbeddedDatabase start(Options o) throws IOException {
        Files.createDirectories(o.dataDir().toAbsolutePath().getParent());
        Files.createDirectories(o.workDir());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(o.port())
                .setDataDirectory(o.dataDir())
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(o.workDir().toFile())
                .setRegisterShutdownHook(o.registerShutdownHook())
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .setServerConfig("listen_addresses", "localhost")
                // the binaries bundle on the classpath; zonky's default resolver refuses to choose when the same
                // bundle is reachable twice (e.g. through a jar manifest's Class-Path), so take the first one
                .setPgBinaryResolver((system, architecture) -> EmbeddedDatabase.class.getResourceAsStream(
                        "/postgres-" + system.toLowerCase(java.util.Locale.ROOT) + "-"
                                + architecture.toLowerCase(java.util.Locale.ROOT) + ".txz"));
        if (o.log() != null) {
            Files.createDirectories(o.log().toAbsolutePath().getParent());
            ProcessBuilder.Redirect append = ProcessBuilder.Redirect.appendTo(o.log().toFile());
            builder.setOutputRedirector(append).setErrorRedirector(append);
        }
        return new EmbeddedDatabase(builder.start(), o.port());
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
