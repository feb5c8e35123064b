package io.tessera.platform.plugin;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tessera.platform.ticket.domain.Ticket;
import io.tessera.platform.ticket.domain.TicketEvent;
import io.tessera.platform.web.JsonConfig;
import io.tessera.sdk.TicketView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Instant;

/**
 * Turns ticket events into plugin deliveries: inside the transaction, one outbox row per enabled plugin that
 * listens to tickets (so the event is never lost once the change is committed); after a successful commit of a
 * transaction that wrote such rows, asks the dispatcher to deliver now. Transactions that wrote none cost the
 * dispatcher nothing.
 */
@ApplicationScoped
public class TicketEventRecorder {

    private static final String DISPATCH_KEY = TicketEventRecorder.class.getName() + ".dispatch";

    @Inject
    PluginSettingsService installations;
    @Inject
    PluginHost host;
    @Inject
    PluginOutbox outbox;
    @Inject
    DeliveryDispatcher dispatcher;
    @Resource
    TransactionSynchronizationRegistry transactions;

    void record(@Observes TicketEvent event) {
        String payload = null;
        for (String pluginId : installations.enabledPluginIds()) {
            if (host.plugin(pluginId).map(PluginHost.InstalledPlugin::listensToTickets).orElse(false)) {
                if (payload == null) {
                    payload = payload(event);
                }
                outbox.add(event.id(), event.type(), pluginId, payload, Instant.now());
            }
        }
        if (payload != null && transactions.getResource(DISPATCH_KEY) == null) {
            transactions.putResource(DISPATCH_KEY, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before the commit
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        dispatcher.dispatchSoon(event.tenant());
                    }
                }
            });
        }
    }

    static String payload(TicketEvent e) {
        Ticket t = e.ticket();
        io.tessera.sdk.TicketEvent sdk = new io.tessera.sdk.TicketEvent(e.id().toString(), e.type(),
                e.tenant().value(), e.occurredAt(),
                new TicketView(t.number().toString(), t.title(), t.description(), t.status(),
                        t.requester().id(), t.requester().name(), t.createdAt(), t.updatedAt(), t.type().code(),
                        t.priority().code(), t.assignmentGroupId() == null ? null : t.assignmentGroupId().toString(),
                        t.assignee() == null ? null : t.assignee().id(),
                        t.assignee() == null ? null : t.assignee().name(), t.channel()));
        try {
            return JsonConfig.mapper().writeValueAsString(sdk);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
