/**
 * The real servers Tessera runs on, started as local processes: PostgreSQL (zonky's binaries from Maven Central),
 * Keycloak (its distribution, dev mode, backed by the same PostgreSQL) and WildFly (the configured distribution
 * built by {@code platform/server}). Used by {@code ./tessera up} and by the integration tests.
 */
package io.tessera.launcher.infra;
