package io.tessera.platform.plugin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.tessera.platform.web.JsonConfig;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** A plugin as one tenant has it: switched on or off, with that tenant's settings. */
@Entity
@Table(name = "plugin_installation")
public class PluginInstallation {

    @Id
    @Column(name = "plugin_id", length = 64)
    private String pluginId;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "settings", nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String settings;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    @Version
    private long version;

    protected PluginInstallation() {
    }

    public PluginInstallation(String pluginId) {
        this.pluginId = pluginId;
        this.settings = "{}";
    }

    public void configure(boolean enabled, Map<String, String> settings, String actor, Instant now) {
        this.enabled = enabled;
        try {
            this.settings = JsonConfig.mapper().writeValueAsString(new TreeMap<>(settings));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public String pluginId() {
        return pluginId;
    }

    public boolean enabled() {
        return enabled;
    }

    public Map<String, String> settings() {
        try {
            return JsonConfig.mapper().readValue(settings, new TypeReference<TreeMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt settings of plugin " + pluginId, e);
        }
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
