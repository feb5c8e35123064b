package io.tessera.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingDefinitionTest {

    @Test
    void acceptsAWellFormedDefinition() {
        SettingDefinition retries = new SettingDefinition(
                "max-retries", "Retries", "How often to retry", SettingType.INTEGER, "3", false, false);

        assertThat(retries.key()).isEqualTo("max-retries");
        assertThat(retries.defaultValue()).isEqualTo("3");
    }

    @Test
    void secretTypeMustBeMarkedSecret() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SettingDefinition("token", "Token", null, SettingType.SECRET, null, true, false))
                .withMessageContaining("'token'");
    }

    @Test
    void secretsHaveNoDefault() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new SettingDefinition("token", "Token", null, SettingType.SECRET, "changeme", true, true));
    }

    @Test
    void defaultMustFitTheType() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new SettingDefinition("url", "URL", null, SettingType.URL, "not a url", false, false));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new SettingDefinition("on", "On", null, SettingType.BOOLEAN, "yes", false, false));
    }

    @ParameterizedTest
    @CsvSource({"''", "1abc", "has space", "a/b"})
    void rejectsMalformedKeys(String key) {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new SettingDefinition(key, "Label", null, SettingType.STRING, null, false, false));
    }

    @Test
    void rejectsMissingPartsAndBlankLabels() {
        assertThatNullPointerException().isThrownBy(
                () -> new SettingDefinition("k", "Label", null, null, null, false, false));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new SettingDefinition("k", " ", null, SettingType.STRING, null, false, false));
    }

    @ParameterizedTest
    @CsvSource({
        "URL, https://hooks.example.com/x, true",
        "URL, http://localhost:8080, true",
        "URL, ftp://example.com/x, false",
        "URL, /relative/path, false",
        "BOOLEAN, true, true",
        "BOOLEAN, TRUE, false",
        "INTEGER, -42, true",
        "INTEGER, 4.2, false",
        "STRING, anything, true",
        "SECRET, anything, true",
        "STRING, '  ', false"
    })
    void typesValidateValues(SettingType type, String value, boolean accepted) {
        assertThat(type.accepts(value)).isEqualTo(accepted);
    }

    @Test
    void noTypeAcceptsNull() {
        for (SettingType type : SettingType.values()) {
            assertThat(type.accepts(null)).as(type.name()).isFalse();
        }
    }
}
