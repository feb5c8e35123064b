package io.tessera.platform.ticket.domain;

import io.tessera.platform.tenancy.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * Something happened to a ticket. Fired inside the transaction that made the change; observers that act outside
 * the platform (plugins) record it there and act after commit.
 */
public record TicketEvent(UUID id, String type, TenantId tenant, Instant occurredAt, Ticket ticket) {

    public static final String CREATED = "ticket.created";

    public static TicketEvent created(TenantId tenant, Ticket ticket) {
        return new TicketEvent(UUID.randomUUID(), CREATED, tenant, ticket.createdAt(), ticket);
    }
}
