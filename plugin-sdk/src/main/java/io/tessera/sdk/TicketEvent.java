package io.tessera.sdk;

import java.time.Instant;
import java.util.Objects;

/**
 * A ticket domain event, as delivered to {@link TicketEventListener}s. All components are required: the
 * constructor throws {@link NullPointerException} for a {@code null} one and {@link IllegalArgumentException} for a
 * blank {@code id}, {@code type} or {@code tenantId}.
 *
 * @param id         unique id of the event (a UUID string); stable across retries of the same delivery, so it
 *                   can be used to de-duplicate
 * @param type       what happened, as a dotted lower-case code such as {@code "ticket.created"} or
 *                   {@code "ticket.updated"}; new types may be added in later versions, so ignore unknown ones
 * @param tenantId   the tenant the ticket belongs to
 * @param occurredAt when the change was committed
 * @param ticket     the ticket as it was right after the change
 * @since 0.1
 */
public record TicketEvent(String id, String type, String tenantId, Instant occurredAt, TicketView ticket) {

    /**
     * Creates and validates an instance.
     *
     * @param id see the record component of the same name
     * @param type see the record component of the same name
     * @param tenantId see the record component of the same name
     * @param occurredAt see the record component of the same name
     * @param ticket see the record component of the same name
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if {@code id}, {@code type} or {@code tenantId} is blank
     */
    public TicketEvent {
        requireText(id, "id");
        requireText(type, "type");
        requireText(tenantId, "tenantId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(ticket, "ticket");
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
