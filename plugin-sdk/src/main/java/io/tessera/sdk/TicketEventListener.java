package io.tessera.sdk;

import org.pf4j.ExtensionPoint;

/**
 * Reacts to ticket domain events (a ticket was created, updated, resolved, ...).
 *
 * <h2>Lifecycle</h2>
 * <ul>
 *   <li><b>Creation:</b> PF4J creates the implementation when the platform first asks for the plugin's
 *       extensions; there is <b>one instance per plugin</b>, shared by all tenants that enabled the plugin. The
 *       class must be annotated with {@link org.pf4j.Extension @Extension} and have a public no-argument
 *       constructor.</li>
 *   <li><b>Invocation:</b> {@link #onTicketEvent} is called once per event and tenant, <b>after</b> the platform
 *       transaction that produced the event has committed, on a platform worker thread (never the thread serving
 *       the user's request). It is only called for tenants that enabled the plugin.</li>
 *   <li><b>Threads:</b> calls for different events and different tenants can run concurrently on several worker
 *       threads, so implementations <b>must be thread-safe</b>. Keep no per-tenant state in fields; everything
 *       tenant-specific comes in through the {@link PluginContext} argument.</li>
 *   <li><b>Delivery:</b> at least once. A call that throws counts as a failed delivery; the platform logs it and
 *       may retry it later with the same {@link TicketEvent#id()}, so receivers should de-duplicate on that id.
 *       Events of one ticket are not guaranteed to arrive in order; use {@link TicketEvent#occurredAt()}.</li>
 *   <li><b>Shutdown:</b> there is no {@code close()}: the instance is discarded when the plugin is stopped.
 *       Release anything the plugin owns in its {@link org.pf4j.Plugin#stop()}; never close the
 *       {@link PluginContext#httpClient() platform's HTTP client}.</li>
 * </ul>
 *
 * <p>A call should finish in seconds: it occupies a platform worker thread. Bound every remote call with a
 * timeout.
 *
 * @since 0.1
 */
public interface TicketEventListener extends ExtensionPoint {

    /**
     * Handles one ticket event for one tenant.
     *
     * @param event   the event; {@code event.tenantId()} always equals {@code context.tenantId()}
     * @param context the tenant-scoped context for this call, valid only for the duration of the call
     * @throws Exception if the event could not be handled; the platform records the failure (without failing the
     *                   ticket operation, which has already committed) and may retry the delivery
     * @since 0.1
     */
    void onTicketEvent(TicketEvent event, PluginContext context) throws Exception;
}
