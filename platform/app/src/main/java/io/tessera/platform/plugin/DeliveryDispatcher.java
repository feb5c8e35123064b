package io.tessera.platform.plugin;

import io.tessera.platform.tenancy.TenantId;
import io.tessera.platform.tenancy.TenantScopes;
import io.tessera.platform.web.JsonConfig;
import io.tessera.sdk.PluginContext;
import io.tessera.sdk.PluginSettings;
import io.tessera.sdk.TicketEvent;
import io.tessera.sdk.TicketEventListener;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers a tenant's due plugin deliveries on a managed worker thread, bound to that tenant: claims a batch,
 * calls each plugin's listeners with a tenant-scoped {@link PluginContext}, records success or failure.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class.getName());
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Resource
    ManagedExecutorService executor;
    @Inject
    TenantScopes scopes;
    @Inject
    PluginOutbox outbox;
    @Inject
    PluginSettingsService installations;
    @Inject
    PluginHost host;

    /** Tenants with a drain queued or running on this node (one drain per tenant at a time). */
    private final Set<TenantId> draining = ConcurrentHashMap.newKeySet();

    public void dispatchSoon(TenantId tenant) {
        if (!draining.add(tenant)) {
            return;
        }
        executor.submit(() -> {
            try {
                scopes.run(tenant, () -> drain(tenant));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "plugin delivery for tenant " + tenant + " failed", e);
            } finally {
                draining.remove(tenant);
            }
        });
    }

    private void drain(TenantId tenant) {
        List<PluginOutbox.Delivery> batch;
        do {
            batch = outbox.claimDue(25);
            for (PluginOutbox.Delivery d : batch) {
                deliver(tenant, d);
            }
        } while (!batch.isEmpty());
    }

    private void deliver(TenantId tenant, PluginOutbox.Delivery d) {
        Optional<PluginInstallation> installation = installations.find(d.pluginId()).filter(PluginInstallation::enabled);
        if (installation.isEmpty() || host.plugin(d.pluginId()).isEmpty()) {
            outbox.failed(new PluginOutbox.Delivery(d.id(), d.eventId(), d.eventType(), d.pluginId(), d.payload(),
                    PluginOutbox.MAX_ATTEMPTS), "plugin not installed or disabled for this tenant");
            return;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            TicketEvent event = JsonConfig.mapper().readValue(d.payload(), TicketEvent.class);
            if (!tenant.value().equals(event.tenantId())) {
                throw new IllegalStateException("delivery of tenant " + event.tenantId() + " found in " + tenant);
            }
            PluginContext context = context(tenant, d.pluginId(), installation.get().settings());
            thread.setContextClassLoader(host.classLoader(d.pluginId()));
            for (TicketEventListener listener : host.ticketListeners(d.pluginId())) {
                listener.onTicketEvent(event, context);
            }
            thread.setContextClassLoader(previous);
            outbox.delivered(d.id());
        } catch (Exception e) {
            thread.setContextClassLoader(previous);
            LOG.log(Level.WARNING, "plugin " + d.pluginId() + " failed on " + d.eventType() + " " + d.eventId()
                    + " for tenant " + tenant + " (attempt " + d.attempts() + "): " + e);
            outbox.failed(d, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static PluginContext context(TenantId tenant, String pluginId, Map<String, String> settings) {
        System.Logger logger = System.getLogger("io.tessera.plugin." + pluginId + "." + tenant.value());
        PluginSettings pluginSettings = key -> Optional.ofNullable(settings.get(key)).filter(v -> !v.isEmpty());
        return new PluginContext() {
            @Override
            public String tenantId() {
                return tenant.value();
            }

            @Override
            public PluginSettings settings() {
                return pluginSettings;
            }

            @Override
            public System.Logger logger() {
                return logger;
            }

            @Override
            public HttpClient httpClient() {
                return HTTP;
            }
        };
    }
}
