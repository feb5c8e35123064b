package io.tessera.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.sdk.PluginContext;
import io.tessera.sdk.SettingDefinition;
import io.tessera.sdk.SettingType;
import io.tessera.sdk.SettingsDeclaration;
import io.tessera.sdk.TicketEvent;
import io.tessera.sdk.TicketEventListener;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

class ExtensionContractsTest {

    /** Listed in src/test/resources/META-INF/extensions.idx, as PF4J's annotation processor would do. */
    @Extension
    public static class IndexedListener implements TicketEventListener {
        @Override
        public void onTicketEvent(TicketEvent event, PluginContext context) {
        }
    }

    /** Annotated, but missing from the index: what happens when the annotation processor did not run. */
    @Extension
    public static class UnindexedListener implements TicketEventListener {
        @Override
        public void onTicketEvent(TicketEvent event, PluginContext context) {
        }
    }

    public static class UnannotatedListener implements TicketEventListener {
        private UnannotatedListener() {
        }

        @Override
        public void onTicketEvent(TicketEvent event, PluginContext context) {
        }
    }

    @Test
    void acceptsAnAnnotatedIndexedExtension() {
        assertThatCode(() -> ExtensionContracts.verifyExtension(IndexedListener.class)).doesNotThrowAnyException();
    }

    @Test
    void reportsAMissingIndexEntry() {
        assertThatThrownBy(() -> ExtensionContracts.verifyExtension(UnindexedListener.class))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("META-INF/extensions.idx");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> ExtensionContracts.verifyExtension(UnannotatedListener.class))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("@org.pf4j.Extension")
                .hasMessageContaining("not public");
    }

    @Test
    void reportsAClassThatImplementsNoExtensionPoint() {
        assertThatThrownBy(() -> ExtensionContracts.verifyExtension(String.class))
                .hasMessageContaining("implements no extension point");
    }

    @Test
    void acceptsAConstantSettingsDeclaration() {
        SettingsDeclaration declaration = () -> List.of(
                new SettingDefinition("url", "URL", null, SettingType.URL, null, true, false));

        assertThatCode(() -> ExtensionContracts.verifySettingsDeclaration(declaration)).doesNotThrowAnyException();
    }

    @Test
    void reportsDuplicateKeysAndEmptyOrUnstableDeclarations() {
        SettingDefinition url = new SettingDefinition("url", "URL", null, SettingType.URL, null, true, false);

        assertThatThrownBy(() -> ExtensionContracts.verifySettingsDeclaration(() -> List.of(url, url)))
                .hasMessageContaining("'url' more than once");
        assertThatThrownBy(() -> ExtensionContracts.verifySettingsDeclaration(List::of))
                .hasMessageContaining("declares no settings");

        List<SettingDefinition> growing = new ArrayList<>();
        assertThatThrownBy(() -> ExtensionContracts.verifySettingsDeclaration(() -> {
            growing.add(new SettingDefinition("k" + growing.size(), "K", null, SettingType.STRING, null, false, false));
            return List.copyOf(growing);
        })).hasMessageContaining("different settings on repeated calls");
    }
}
