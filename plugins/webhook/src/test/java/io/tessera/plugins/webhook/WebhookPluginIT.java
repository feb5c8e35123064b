package io.tessera.plugins.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.sdk.PluginContext;
import io.tessera.sdk.SettingDefinition;
import io.tessera.sdk.SettingsDeclaration;
import io.tessera.sdk.TicketEventListener;
import io.tessera.sdk.testkit.FakePluginContext;
import io.tessera.sdk.testkit.SampleEvents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Loads the packaged zip the way the platform does: dropped into a plugins directory and loaded by PF4J's
 * {@link DefaultPluginManager} in deployment mode, which unpacks it and reads {@code plugin.properties},
 * {@code classes/} and {@code lib/}.
 */
class WebhookPluginIT {

    @TempDir
    Path pluginsRoot;

    private PluginManager pluginManager;

    @BeforeEach
    void loadPackagedPlugin() throws Exception {
        Path zip = Path.of(System.getProperty("webhook.plugin.zip"));
        assertThat(zip).as("packaged plugin (run through Maven: mvn verify)").isRegularFile();
        Files.copy(zip, pluginsRoot.resolve(zip.getFileName()));

        pluginManager = new DefaultPluginManager(pluginsRoot);
        pluginManager.loadPlugins();
        pluginManager.startPlugins();
    }

    @AfterEach
    void unload() {
        // Plugin by plugin: PluginManager.stopPlugins() of PF4J 3.15.0 throws ConcurrentModificationException
        // as soon as one plugin is started (pf4j/pf4j#656).
        for (PluginWrapper plugin : List.copyOf(pluginManager.getPlugins())) {
            pluginManager.unloadPlugin(plugin.getPluginId());
        }
    }

    @Test
    void zipLoadsAsPluginWebhook() {
        PluginWrapper plugin = pluginManager.getPlugin("webhook");

        assertThat(plugin).as("plugin 'webhook'").isNotNull();
        assertThat(plugin.getPluginState()).isEqualTo(PluginState.STARTED);
        assertThat(plugin.getDescriptor().getVersion()).isEqualTo(System.getProperty("webhook.plugin.version"));
        assertThat(plugin.getDescriptor().getProvider()).isEqualTo("Tessera");
        assertThat(plugin.getPluginClassLoader()).isInstanceOf(PluginClassLoader.class);
    }

    @Test
    void extensionsAreFoundAgainstThePlatformsSdk() throws Exception {
        List<TicketEventListener> listeners = pluginManager.getExtensions(TicketEventListener.class, "webhook");
        List<SettingsDeclaration> declarations = pluginManager.getExtensions(SettingsDeclaration.class, "webhook");

        assertThat(listeners).singleElement()
                .satisfies(listener -> assertThat(listener.getClass().getClassLoader())
                        .isSameAs(pluginManager.getPlugin("webhook").getPluginClassLoader()));
        assertThat(declarations).singleElement()
                .satisfies(declaration -> assertThat(declaration.settings())
                        .extracting(SettingDefinition::key).containsExactly("url", "secret"));

        // The SDK comes from the platform (not bundled), Jackson from the plugin's lib/.
        ClassLoader pluginLoader = pluginManager.getPlugin("webhook").getPluginClassLoader();
        assertThat(pluginLoader.loadClass(PluginContext.class.getName())).isSameAs(PluginContext.class);
        assertThat(pluginLoader.loadClass("com.fasterxml.jackson.databind.ObjectMapper").getClassLoader())
                .isSameAs(pluginLoader);
    }

    @Test
    void loadedExtensionDeliversASignedEvent() throws Exception {
        TicketEventListener listener = pluginManager.getExtensions(TicketEventListener.class, "webhook").get(0);

        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            FakePluginContext context = FakePluginContext.builder()
                    .tenantId("acme")
                    .setting("url", receiver.url("/hooks/acme"))
                    .setting("secret", "it-secret")
                    .build();

            listener.onTicketEvent(SampleEvents.ticketCreated("acme"), context);

            assertThat(receiver.received()).singleElement().satisfies(request -> {
                assertThat(request.header("X-Tessera-Event")).isEqualTo("ticket.created");
                assertThat(Hmac.verifies("it-secret", request.header("X-Tessera-Timestamp"), request.body(),
                        request.header("X-Tessera-Signature"))).isTrue();
            });
        }
    }
}
