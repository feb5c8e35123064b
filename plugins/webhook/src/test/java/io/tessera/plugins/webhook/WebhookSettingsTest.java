package io.tessera.plugins.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.tessera.sdk.SettingDefinition;
import io.tessera.sdk.SettingType;
import io.tessera.sdk.testkit.ExtensionContracts;
import org.junit.jupiter.api.Test;

class WebhookSettingsTest {

    @Test
    void declaresARequiredUrlAndAWriteOnlySecret() {
        assertThat(new WebhookSettings().settings())
                .extracting(SettingDefinition::key, SettingDefinition::type, SettingDefinition::required,
                        SettingDefinition::secret)
                .containsExactly(
                        tuple("url", SettingType.URL, true, false),
                        tuple("secret", SettingType.SECRET, true, true));
    }

    @Test
    void satisfiesTheSdkContracts() {
        ExtensionContracts.verifySettingsDeclaration(new WebhookSettings());
        ExtensionContracts.verifyExtension(WebhookSettings.class);
        ExtensionContracts.verifyExtension(WebhookTicketEventListener.class);
    }
}
