/**
 * The running stack: the supervisor that starts PostgreSQL, Keycloak and WildFly in order, seeds the demo, reports
 * its state in the home directory and stops everything gracefully on SIGTERM; and the status probe.
 */
package io.tessera.launcher.stack;
