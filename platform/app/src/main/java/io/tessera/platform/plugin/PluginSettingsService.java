package io.tessera.platform.plugin;

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

    public List<PluginInstallation> enabledInstallations() {
        return em.createQuery("select p from PluginInstallation p where p.enabled = true", PluginInstallation.class)
                .getResultList();
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
