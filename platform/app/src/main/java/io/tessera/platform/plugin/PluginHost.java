package io.tessera.platform.plugin;

import io.tessera.sdk.SettingDefinition;
import io.tessera.sdk.SettingsDeclaration;
import io.tessera.sdk.TicketEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Hosts the PF4J plugin manager: loads and starts every plugin in {@code tessera.plugins.dir} at start-up.
 * Plugins compile against the SDK only; the platform hands them SDK types, never its internals.
 */
@ApplicationScoped
public class PluginHost {

    private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());

    /** A plugin as tenants see it. */
    public record InstalledPlugin(String id, String version, String description, String provider,
                                  List<SettingDefinition> settings, boolean listensToTickets) {
    }

    private volatile PluginManager manager;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        manager();
    }

    private PluginManager manager() {
        PluginManager m = manager;
        if (m == null) {
            synchronized (this) {
                if (manager == null) {
                    Path dir = pluginsDirectory();
                    DefaultPluginManager pm = new DefaultPluginManager(dir);
                    pm.loadPlugins();
                    pm.startPlugins();
                    pm.getPlugins().forEach(p -> LOG.info("plugin " + p.getPluginId() + " "
                            + p.getDescriptor().getVersion() + " " + p.getPluginState()));
                    LOG.info("plugin host started with " + pm.getStartedPlugins().size() + " plugin(s) from " + dir);
                    manager = pm;
                }
                m = manager;
            }
        }
        return m;
    }

    private static Path pluginsDirectory() {
        Optional<String> configured = ConfigProvider.getConfig().getOptionalValue("tessera.plugins.dir", String.class);
        Path dir = configured.map(Path::of).orElseGet(() ->
                Path.of(System.getProperty("jboss.server.base.dir", "."), "plugins"));
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create plugins directory " + dir, e);
        }
        return dir;
    }

    @PreDestroy
    void stop() {
        if (manager != null) {
            // one at a time: PluginManager.stopPlugins() fails with a ConcurrentModificationException in PF4J 3.15
            for (String id : manager.getStartedPlugins().stream().map(PluginWrapper::getPluginId).toList()) {
                try {
                    manager.stopPlugin(id);
                    manager.unloadPlugin(id);
                } catch (RuntimeException e) {
                    LOG.warning("could not stop plugin " + id + ": " + e);
                }
            }
        }
    }

    public List<InstalledPlugin> plugins() {
        return manager().getStartedPlugins().stream()
                .sorted(Comparator.comparing(PluginWrapper::getPluginId))
                .map(this::describe)
                .toList();
    }

    public Optional<InstalledPlugin> plugin(String id) {
        PluginWrapper w = manager().getPlugin(id);
        return w == null || w.getPluginState() != PluginState.STARTED ? Optional.empty() : Optional.of(describe(w));
    }

    public List<TicketEventListener> ticketListeners(String pluginId) {
        return manager().getExtensions(TicketEventListener.class, pluginId);
    }

    public ClassLoader classLoader(String pluginId) {
        return manager().getPluginClassLoader(pluginId);
    }

    private InstalledPlugin describe(PluginWrapper w) {
        List<SettingDefinition> settings = manager().getExtensions(SettingsDeclaration.class, w.getPluginId()).stream()
                .flatMap(d -> d.settings().stream())
                .toList();
        return new InstalledPlugin(w.getPluginId(), w.getDescriptor().getVersion(),
                w.getDescriptor().getPluginDescription(), w.getDescriptor().getProvider(), settings,
                !ticketListeners(w.getPluginId()).isEmpty());
    }
}
