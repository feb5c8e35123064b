package io.tessera.sdk;

import java.time.Instant;
import java.util.Objects;

/**
 * A read-only snapshot of a ticket, as much of it as plugins may see. The constructor throws
 * {@link NullPointerException} if a component that is not documented as nullable is {@code null}.
 *
 * @param number        the tenant-unique human-readable ticket number, e.g. {@code "TCK0000042"}
 * @param title         the short summary
 * @param description   the long description; may be {@code null} when the ticket has none
 * @param status        the status code, e.g. {@code "new"} or {@code "resolved"}
 * @param requesterId   id of the person the ticket was raised for; may be {@code null} (e.g. system tickets)
 * @param requesterName display name of the requester; may be {@code null}
 * @param createdAt     when the ticket was created
 * @param updatedAt     when the ticket was last changed
 * @since 0.1
 */
public record TicketView(
        String number,
        String title,
        String description,
        String status,
        String requesterId,
        String requesterName,
        Instant createdAt,
        Instant updatedAt) {

    /**
     * Creates and validates an instance.
     *
     * @param number see the record component of the same name
     * @param title see the record component of the same name
     * @param description see the record component of the same name
     * @param status see the record component of the same name
     * @param requesterId see the record component of the same name
     * @param requesterName see the record component of the same name
     * @param createdAt see the record component of the same name
     * @param updatedAt see the record component of the same name
     * @throws NullPointerException if a component not documented as nullable is {@code null}
     */
    public TicketView {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
