package io.tessera.platform.plugin;

import io.tessera.platform.tenancy.TenantContext;
import io.tessera.platform.tenancy.TenantId;
import io.tessera.platform.web.ApiException;
import io.tessera.sdk.SettingDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which plugins the current tenant has switched on, and their settings, validated against what each plugin
 * declares. Secret settings are write-only: kept when an update leaves them out, never returned.
 */
@ApplicationScoped
@Transactional
public class PluginSettingsService {

    @PersistenceContext(unitName = "tessera")
    EntityManager em;
    @Inject
    PluginHost host;
    @Inject
    TenantContext tenant;
    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    static final java.time.Duration ENABLED_TTL = java.time.Duration.ofSeconds(5);

    private record Cached(List<String> ids, Instant until) {
    }

    private final java.util.concurrent.ConcurrentHashMap<TenantId, Cached> enabledIds =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Ids of the plugins the current tenant has switched on. Asked on every ticket change, so it is cached per
     * tenant for a few seconds (dropped at once on this node when the tenant configures a plugin; another node
     * sees the change within {@link #ENABLED_TTL}).
     */
    public List<String> enabledPluginIds() {
        TenantId t = tenant.require();
        Cached c = enabledIds.get(t);
        if (c == null || c.until().isBefore(Instant.now())) {
            List<String> ids = em.createQuery("select p.pluginId from PluginInstallation p where p.enabled = true",
                    String.class).getResultList();
            c = new Cached(List.copyOf(ids), Instant.now().plus(ENABLED_TTL));
            enabledIds.put(t, c);
        }
        return c.ids();
    }

    public Optional<PluginInstallation> find(String pluginId) {
        return Optional.ofNullable(em.find(PluginInstallation.class, pluginId));
    }

    public PluginInstallation configure(String pluginId, boolean enabled, Map<String, String> given, String actor) {
        PluginHost.InstalledPlugin plugin = host.plugin(pluginId)
                .orElseThrow(() -> ApiException.notFound("plugin-not-found", pluginId));
        Optional<PluginInstallation> existing = find(pluginId);
        Map<String, String> previous = existing.map(PluginInstallation::settings).orElse(Map.of());
        Map<String, String> next = new HashMap<>();
        List<ApiException.FieldViolation> problems = new java.util.ArrayList<>();
        Map<String, String> input = given == null ? Map.of() : given;
        for (String key : input.keySet()) {
            if (plugin.settings().stream().noneMatch(d -> d.key().equals(key))) {
                problems.add(new ApiException.FieldViolation("settings." + key, "unknown setting"));
            }
        }
        for (SettingDefinition d : plugin.settings()) {
            String value = input.containsKey(d.key()) ? input.get(d.key())
                    : d.secret() ? previous.get(d.key())
                    : previous.getOrDefault(d.key(), d.defaultValue());
            if (value == null || value.isBlank()) {
                if (d.required() && enabled) {
                    problems.add(new ApiException.FieldViolation("settings." + d.key(), "required"));
                }
                continue;
            }
            String error = check(d, value);
            if (error != null) {
                problems.add(new ApiException.FieldViolation("settings." + d.key(), error));
            }
            next.put(d.key(), value);
        }
        if (!problems.isEmpty()) {
            throw new ApiException(400, "invalid-input", problems);
        }
        TenantId t = tenant.require();
        enabledIds.remove(t);
        transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before the commit
            }

            @Override
            public void afterCompletion(int status) {
                enabledIds.remove(t);
            }
        });
        PluginInstallation installation = existing.orElseGet(() -> new PluginInstallation(pluginId));
        installation.configure(enabled, next, actor, Instant.now());
        if (existing.isEmpty()) {
            em.persist(installation);
        }
        return installation;
    }

    private static String check(SettingDefinition d, String value) {
        switch (d.type()) {
            case URL -> {
                try {
                    URI u = URI.create(value);
                    if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
                        return "must be an http(s) URL";
                    }
                } catch (IllegalArgumentException e) {
                    return "must be an http(s) URL";
                }
            }
            case BOOLEAN -> {
                if (!value.equals("true") && !value.equals("false")) {
                    return "must be true or false";
                }
            }
            case INTEGER -> {
                try {
                    Long.parseLong(value);
                } catch (NumberFormatException e) {
                    return "must be an integer";
                }
            }
            default -> {
                if (value.length() > 4000) {
                    return "too long";
                }
            }
        }
        return null;
    }
}
