package io.tessera.sdk;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Declares, in code, the per-tenant settings a plugin needs, so that the admin UI can render a form for them,
 * validate input and treat secrets as write-only.
 *
 * <h2>Lifecycle</h2>
 * <ul>
 *   <li><b>Creation:</b> PF4J creates the implementation (annotated with {@link org.pf4j.Extension @Extension},
 *       public no-argument constructor); there is <b>one instance per plugin</b>, and a plugin should provide at
 *       most one {@code SettingsDeclaration}.</li>
 *   <li><b>Invocation:</b> {@link #settings()} is called by the platform, outside any transaction and without a
 *       tenant, on whichever platform thread renders or validates settings (a request thread of the admin UI or a
 *       start-up thread), possibly concurrently; the implementation <b>must be thread-safe</b>. In practice:
 *       return a constant list.</li>
 *   <li><b>Stability:</b> the result must not depend on a tenant, time or external systems, and must be the same
 *       on every call for one plugin version. Keys are stored with the tenant's values, so renaming a key loses the
 *       values stored under the old one.</li>
 *   <li><b>Shutdown:</b> there is no {@code close()}; the instance is discarded when the plugin stops.</li>
 * </ul>
 *
 * <p>Values reach the plugin at run time through {@link PluginContext#settings()}.
 *
 * @since 0.1
 */
public interface SettingsDeclaration extends ExtensionPoint {

    /**
     * The settings this plugin understands, in the order the admin UI shows them.
     *
     * @return the definitions; never {@code null}, without {@code null} elements and with unique keys
     * @since 0.1
     */
    List<SettingDefinition> settings();
}
