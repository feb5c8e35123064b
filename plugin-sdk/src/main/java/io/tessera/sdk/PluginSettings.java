package io.tessera.sdk;

import java.util.Objects;
import java.util.Optional;

/**
 * One plugin's settings for one tenant: the values a tenant administrator entered for the settings the plugin
 * declared in its {@link SettingsDeclaration}, with declared defaults applied. Secret values are readable here
 * (the plugin needs them) but never shown again in the admin UI.
 *
 * @since 0.1
 */
public interface PluginSettings {

    /**
     * Looks up a setting.
     *
     * @param key the setting key, as declared in {@link SettingDefinition#key()}
     * @return the value, or empty if the setting is not set and has no default
     * @since 0.1
     */
    Optional<String> get(String key);

    /**
     * Looks up a setting the plugin cannot work without.
     *
     * @param key the setting key, as declared in {@link SettingDefinition#key()}
     * @return the value, never blank
     * @throws IllegalStateException if the setting is not set or is blank; the message names the key (never a
     *                               value) so that it can be shown to an administrator
     * @throws NullPointerException  if {@code key} is {@code null}
     * @since 0.1
     */
    default String require(String key) {
        Objects.requireNonNull(key, "key");
        return get(key)
                .filter(value -> !value.isBlank())
                .orElseThrow(() -> new IllegalStateException(
                        "Required plugin setting '" + key + "' is not configured for this tenant;"
                                + " set it in the tenant's plugin settings"));
    }
}
