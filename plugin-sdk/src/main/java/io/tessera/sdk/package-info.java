/**
 * The Tessera plugin SDK: the extension points a plugin implements ({@link io.tessera.sdk.TicketEventListener},
 * {@link io.tessera.sdk.SettingsDeclaration}), the tenant-scoped {@link io.tessera.sdk.PluginContext} the platform
 * hands to every call, and the immutable views of platform data a plugin may see.
 *
 * <p>This package is everything a plugin may depend on. It changes only additively between minor versions; see
 * {@code CHANGELOG.md} of the SDK.
 *
 * @since 0.1
 */
package io.tessera.sdk;
