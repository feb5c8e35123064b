package io.tessera.platform.ticket.domain;

import io.tessera.platform.tenancy.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * Something happened to a ticket. Fired inside the transaction that made the change; observers that act outside
 * the platform (plugins) record it there and act after commit. Carries the tenant, so work that leaves the request
 * thread knows whose ticket it is.
 */
public record TicketEvent(UUID id, String type, TenantId tenant, Instant occurredAt, Ticket ticket) {

    public static final String CREATED = "ticket.created";
    public static final String UPDATED = "ticket.updated";
    public static final String STATUS_CHANGED = "ticket.status_changed";
    public static final String ASSIGNED = "ticket.assigned";
    public static final String COMMENTED = "ticket.commented";
    /** A share of an SLA target below 100 % was used up (fired by the SLA feature, once per clock and share). */
    public static final String SLA_WARNING = "sla.warning";
    /** An SLA target was used up: the clock is breached (fired once per clock). */
    public static final String SLA_BREACHED = "sla.breached";

    public static TicketEvent of(String type, TenantId tenant, Ticket ticket, Instant at) {
        return new TicketEvent(UUID.randomUUID(), type, tenant, at, ticket);
    }

    public static TicketEvent created(TenantId tenant, Ticket ticket) {
        return of(CREATED, tenant, ticket, ticket.createdAt());
    }
}
