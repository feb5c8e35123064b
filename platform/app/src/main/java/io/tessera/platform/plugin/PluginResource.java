package io.tessera.platform.plugin;

import io.tessera.platform.identity.CurrentUser;
import io.tessera.platform.web.ApiException;
import io.tessera.sdk.SettingDefinition;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;

/** Tenant admins see the installed plugins, switch them on for their tenant, configure them and see deliveries. */
@Path("/t/{tenant}/plugins")
@RequestScoped
@RolesAllowed("tenant-admin")
@Produces(MediaType.APPLICATION_JSON)
public class PluginResource {

    @Inject
    PluginHost host;
    @Inject
    PluginSettingsService settings;
    @Inject
    PluginOutbox outbox;
    @Inject
    CurrentUser caller;

    public record SettingView(String key, String label, String help, String type, boolean required, boolean secret,
                              String value, boolean set) {
    }

    public record PluginView(String id, String version, String description, String provider, boolean enabled,
                             List<SettingView> settings) {
    }

    public record Configure(@NotNull Boolean enabled, Map<String, String> settings) {
    }

    @GET
    public List<PluginView> list() {
        return host.plugins().stream().map(this::view).toList();
    }

    @GET
    @Path("{plugin}")
    public PluginView get(@PathParam("plugin") String id) {
        return view(host.plugin(id).orElseThrow(() -> ApiException.notFound("plugin-not-found", id)));
    }

    @PUT
    @Path("{plugin}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PluginView configure(@PathParam("plugin") String id, Configure body) {
        if (body == null || body.enabled() == null) {
            throw new ApiException(400, "invalid-input",
                    List.of(new ApiException.FieldViolation("enabled", "required")));
        }
        settings.configure(id, body.enabled(), body.settings(), caller.username());
        return get(id);
    }

    @GET
    @Path("{plugin}/deliveries")
    public List<PluginOutbox.DeliveryRecord> deliveries(@PathParam("plugin") String id,
                                                        @QueryParam("limit") @DefaultValue("50") int limit) {
        host.plugin(id).orElseThrow(() -> ApiException.notFound("plugin-not-found", id));
        return outbox.recent(id, Math.max(1, Math.min(limit, 200)));
    }

    private PluginView view(PluginHost.InstalledPlugin p) {
        var installation = settings.find(p.id());
        Map<String, String> values = installation.map(PluginInstallation::settings).orElse(Map.of());
        List<SettingView> views = p.settings().stream().map((SettingDefinition d) -> new SettingView(d.key(),
                d.label(), d.help(), d.type().name().toLowerCase(java.util.Locale.ROOT), d.required(), d.secret(),
                d.secret() ? null : values.getOrDefault(d.key(), d.defaultValue()), values.containsKey(d.key())))
                .toList();
        return new PluginView(p.id(), p.version(), p.description(), p.provider(),
                installation.map(PluginInstallation::enabled).orElse(false), views);
    }
}
