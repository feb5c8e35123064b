/**
 * The plugin host: PF4J loads partner plugins from a directory; tenants switch plugins on and configure them;
 * domain events reach a plugin's extensions after commit through a transactional outbox (at least once, retried,
 * each delivery recorded), always with the tenant they belong to.
 */
package io.tessera.platform.plugin;
