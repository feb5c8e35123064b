package io.tessera.plugins.webhook;

import io.tessera.sdk.PluginSettings;
import io.tessera.sdk.SettingDefinition;
import io.tessera.sdk.SettingType;
import io.tessera.sdk.SettingsDeclaration;
import java.net.URI;
import java.util.List;
import org.pf4j.Extension;

/**
 * The webhook plugin's per-tenant settings: where to send events and the key to sign them with.
 */
@Extension
public class WebhookSettings implements SettingsDeclaration {

    /** Key of the receiver URL setting. */
    public static final String URL = "url";

    /** Key of the signing secret setting. */
    public static final String SECRET = "secret";

    private static final List<SettingDefinition> SETTINGS = List.of(
            new SettingDefinition(URL, "Webhook URL",
                    "Absolute http(s) URL that receives every ticket event of this tenant as a JSON POST.",
                    SettingType.URL, null, true, false),
            new SettingDefinition(SECRET, "Signing secret",
                    "Shared secret for the X-Tessera-Signature header (HMAC-SHA256); the receiver verifies each"
                            + " request with it.",
                    SettingType.SECRET, null, true, true));

    @Override
    public List<SettingDefinition> settings() {
        return SETTINGS;
    }

    /**
     * Reads and checks the receiver URL of a tenant.
     *
     * @throws IllegalStateException if the URL is missing or not an absolute http(s) URL
     */
    static URI url(PluginSettings settings) {
        String value = settings.require(URL);
        if (!SettingType.URL.accepts(value)) {
            throw new IllegalStateException(
                    "Webhook setting '" + URL + "' must be an absolute http or https URL with a host");
        }
        return URI.create(value);
    }

    /**
     * Reads the signing secret of a tenant.
     *
     * @throws IllegalStateException if the secret is missing
     */
    static String secret(PluginSettings settings) {
        return settings.require(SECRET);
    }
}
