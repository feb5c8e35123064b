package io.tessera.platform.plugin;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tessera.platform.ticket.domain.Ticket;
import io.tessera.platform.ticket.domain.TicketEvent;
import io.tessera.platform.web.JsonConfig;
import io.tessera.sdk.TicketView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Turns ticket events into plugin deliveries: inside the transaction, one outbox row per enabled plugin that
 * listens to tickets (so the event is never lost once the change is committed); after a successful commit, asks
 * the dispatcher to deliver now.
 */
@ApplicationScoped
public class TicketEventRecorder {

    @Inject
    PluginSettingsService installations;
    @Inject
    PluginHost host;
    @Inject
    PluginOutbox outbox;
    @Inject
    DeliveryDispatcher dispatcher;

    void record(@Observes TicketEvent event) {
        String payload = null;
        for (PluginInstallation installation : installations.enabledInstallations()) {
            if (host.plugin(installation.pluginId()).map(PluginHost.InstalledPlugin::listensToTickets).orElse(false)) {
                if (payload == null) {
                    payload = payload(event);
                }
                outbox.add(event.id(), event.type(), installation.pluginId(), payload, Instant.now());
            }
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketEvent event) {
        dispatcher.dispatchSoon(event.tenant());
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
