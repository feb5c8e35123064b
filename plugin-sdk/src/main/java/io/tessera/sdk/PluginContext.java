package io.tessera.sdk;

import java.net.http.HttpClient;

/**
 * What the platform gives a plugin for one call on behalf of one tenant.
 *
 * <p>Deliberately narrow: a plugin sees its own settings for the tenant, a logger and an HTTP client, and nothing of
 * the platform's internals (no persistence, no plugin manager, no dependency injection container). New facades are
 * added here as default methods in later SDK versions.
 *
 * <p>A context is created by the platform and is valid only for the duration of the call it was passed to; do not
 * keep it in a field or use it from another thread after the call returned. Plugins do not implement this
 * interface; the test kit provides {@link io.tessera.sdk.testkit.FakePluginContext} for unit tests.
 *
 * @since 0.1
 */
public interface PluginContext {

    /**
     * The tenant this call is for.
     *
     * @return the tenant id, never {@code null}
     * @since 0.1
     */
    String tenantId();

    /**
     * This plugin's settings for {@link #tenantId() this tenant}, as configured by the tenant's administrator and
     * declared by the plugin's {@link SettingsDeclaration}.
     *
     * @return the settings, never {@code null}
     * @since 0.1
     */
    PluginSettings settings();

    /**
     * A logger for this plugin. What is logged here ends up in the platform log, attributed to the plugin and the
     * tenant. Never log secrets.
     *
     * @return the logger, never {@code null}
     * @since 0.1
     */
    System.Logger logger();

    /**
     * The platform's shared HTTP client, configured by the operator (proxy, connect timeout, TLS). It is
     * thread-safe; do not close or shut it down. Set a per-request timeout with
     * {@link java.net.http.HttpRequest.Builder#timeout(java.time.Duration)}.
     *
     * @return the HTTP client, never {@code null}
     * @since 0.1
     */
    HttpClient httpClient();
}
