package io.tessera.platform.ticket.application;

import io.tessera.platform.tenancy.TenantContext;
import io.tessera.platform.ticket.domain.Ticket;
import io.tessera.platform.ticket.domain.TicketEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Publishes the domain events a ticket raised, in order, each with the current tenant. Observers run inside the
 * transaction (the plugin outbox records them there) and may act after commit.
 */
@ApplicationScoped
public class TicketEventPublisher {

    @Inject
    Event<TicketEvent> events;
    @Inject
    TenantContext tenant;

    public void publish(Ticket ticket, Instant at) {
        for (String type : ticket.drainEvents()) {
            events.fire(TicketEvent.of(type, tenant.require(), ticket,
                    TicketEvent.CREATED.equals(type) ? ticket.createdAt() : at));
        }
    }
}
