package io.tessera.sdk;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The kind of value a {@link SettingDefinition} holds; decides how the admin UI renders and validates it.
 *
 * <p>The platform persists a type by its {@link #name() name}, never by its ordinal, so constants may be added in
 * any position in later versions but are never renamed.
 *
 * @since 0.1
 */
public enum SettingType {

    /** Free text. */
    STRING,

    /** An absolute {@code http} or {@code https} URL. */
    URL,

    /** A credential (password, token, signing key). Write-only in the admin UI; implies {@code secret = true}. */
    SECRET,

    /** {@code "true"} or {@code "false"}. */
    BOOLEAN,

    /** A decimal integer that fits into a {@code long}. */
    INTEGER;

    /**
     * Tells whether a value is well-formed for this type. Any non-blank text is a valid {@link #STRING} or
     * {@link #SECRET}; {@link #URL} needs an absolute {@code http(s)} URL with a host; {@link #BOOLEAN} needs
     * {@code true} or {@code false}; {@link #INTEGER} a decimal {@code long}.
     *
     * @param value the value to check; {@code null} is never accepted
     * @return whether the value is acceptable for a setting of this type
     * @since 0.1
     */
    public boolean accepts(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (this) {
            case STRING, SECRET -> true;
            case URL -> isHttpUrl(value);
            case BOOLEAN -> value.equals("true") || value.equals("false");
            case INTEGER -> isLong(value);
        };
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return uri.isAbsolute()
                    && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isLong(String value) {
        try {
            Long.parseLong(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
