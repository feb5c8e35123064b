package io.tessera.sdk;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One per-tenant setting a plugin declares through its {@link SettingsDeclaration}.
 *
 * <p>The constructor validates the definition, so a broken declaration fails in the plugin's own tests: it throws
 * {@link NullPointerException} if {@code key}, {@code label} or {@code type} is {@code null}, and
 * {@link IllegalArgumentException} if the key is malformed, the label blank, a {@link SettingType#SECRET} is not
 * marked secret, a secret has a default, or the default does not fit the type.
 *
 * @param key          stable identifier under which the value is stored and looked up with
 *                     {@link PluginSettings#get(String)}; starts with a letter, then letters, digits, {@code .},
 *                     {@code _} or {@code -}, at most 64 characters
 * @param label        short human-readable name shown next to the input field
 * @param help         longer explanation shown under the field; may be {@code null}
 * @param type         how the value is rendered and validated
 * @param defaultValue value used when the tenant did not set one; may be {@code null}; when present it must be
 *                     {@linkplain SettingType#accepts(String) valid} for {@code type}
 * @param required     whether the plugin cannot work for a tenant until the setting has a value
 * @param secret       whether the value is write-only in the admin UI, masked in logs and exports; always
 *                     {@code true} for {@link SettingType#SECRET}; a secret has no default
 * @since 0.1
 */
public record SettingDefinition(
        String key,
        String label,
        String help,
        SettingType type,
        String defaultValue,
        boolean required,
        boolean secret) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,63}");

    /**
     * Creates and validates an instance.
     *
     * @param key see the record component of the same name
     * @param label see the record component of the same name
     * @param help see the record component of the same name
     * @param type see the record component of the same name
     * @param defaultValue see the record component of the same name
     * @param required see the record component of the same name
     * @param secret see the record component of the same name
     * @throws NullPointerException if {@code key}, {@code label} or {@code type} is {@code null}
     * @throws IllegalArgumentException if the definition breaks a rule of the class description
     */
    public SettingDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Setting key '" + key + "' must start with a letter and contain only"
                    + " letters, digits, '.', '_' or '-' (at most 64 characters)");
        }
        if (label.isBlank()) {
            throw new IllegalArgumentException("Setting '" + key + "' needs a label");
        }
        if (type == SettingType.SECRET && !secret) {
            throw new IllegalArgumentException("Setting '" + key + "' has type SECRET and must be marked secret");
        }
        if (secret && defaultValue != null) {
            throw new IllegalArgumentException("Setting '" + key + "' is secret and must not have a default value");
        }
        if (defaultValue != null && !type.accepts(defaultValue)) {
            throw new IllegalArgumentException(
                    "Default value of setting '" + key + "' is not a valid " + type + ": '" + defaultValue + "'");
        }
    }
}
