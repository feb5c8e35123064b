package io.tessera.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PluginSettingsTest {

    private final PluginSettings settings = key -> Optional.ofNullable(
            Map.of("url", "https://hooks.example.com/t", "blank", "  ").get(key));

    @Test
    void requireReturnsAConfiguredValue() {
        assertThat(settings.require("url")).isEqualTo("https://hooks.example.com/t");
    }

    @Test
    void requireRejectsAMissingSettingNamingTheKey() {
        assertThatThrownBy(() -> settings.require("token"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'token'")
                .hasMessageContaining("not configured");
    }

    @Test
    void requireTreatsABlankValueAsMissing() {
        assertThatThrownBy(() -> settings.require("blank"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'blank'");
    }

    @Test
    void requireRejectsANullKey() {
        assertThatNullPointerException().isThrownBy(() -> settings.require(null));
    }
}
