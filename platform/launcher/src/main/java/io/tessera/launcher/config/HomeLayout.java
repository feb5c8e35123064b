package io.tessera.launcher.config;

import java.nio.file.Path;

/**
 * Where the running stack keeps its state ({@code .tessera/} by default). Everything below it survives
 * {@code ./tessera down} / {@code up}; deleting it starts afresh.
 */
public record HomeLayout(Path home) {

    /** The PostgreSQL cluster. */
    public Path postgresData() {
        return home.resolve("postgres");
    }

    /** PostgreSQL binaries unpacked by zonky. */
    public Path postgresRuntime() {
        return home.resolve("runtime");
    }

    /** A private copy of the Keycloak distribution (it writes its build and, without PostgreSQL, its data). */
    public Path keycloak() {
        return home.resolve("keycloak");
    }

    /** WildFly's base directory ({@code jboss.server.base.dir}): configuration, deployments, data, log. */
    public Path wildfly() {
        return home.resolve("wildfly");
    }

    /** PF4J plugins directory given to the platform. */
    public Path plugins() {
        return home.resolve("plugins");
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public Path log(String service) {
        return logs().resolve(service + ".log");
    }

    public Path credentials() {
        return home.resolve("credentials.json");
    }

    /** One line: {@code starting: <step>}, {@code ready}, {@code failed: <reason>}, {@code stopping}, {@code stopped}. */
    public Path state() {
        return home.resolve("state");
    }

    public Path pidFile() {
        return home.resolve("supervisor.pid");
    }

    /** Held (file lock) by the running supervisor, so two cannot share one home. */
    public Path lockFile() {
        return home.resolve("supervisor.lock");
    }
}
