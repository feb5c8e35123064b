package io.tessera.sdk;

import java.time.Instant;
import java.util.Objects;

/**
 * A read-only snapshot of a ticket, as much of it as plugins may see. The constructor throws
 * {@link NullPointerException} if a component that is not documented as nullable is {@code null}.
 *
 * @param number            the tenant-unique human-readable ticket number, e.g. {@code "INC0000042"}; the first
 *                          three letters name the type ({@code INC}, {@code REQ}, {@code PRB}, {@code CHG},
 *                          {@code TSK})
 * @param title             the short summary
 * @param description       the long description; may be {@code null} when the ticket has none
 * @param status            the status code within the ticket type's lifecycle, e.g. {@code "new"} or
 *                          {@code "resolved"}
 * @param requesterId       id of the person the ticket was raised for; may be {@code null} (e.g. system tickets)
 * @param requesterName     display name of the requester; may be {@code null}
 * @param createdAt         when the ticket was created
 * @param updatedAt         when the ticket was last changed
 * @param type              the ticket type code ({@code incident}, {@code request}, {@code problem},
 *                          {@code change}, {@code task}); may be {@code null} from platforms before SDK 0.2
 * @param priority          the priority code {@code P1} (highest) to {@code P5}; may be {@code null}
 * @param assignmentGroupId id of the assignment group; {@code null} when unassigned
 * @param assigneeId        user id of the assigned agent; {@code null} when unassigned
 * @param assigneeName      display name of the assigned agent; {@code null} when unassigned
 * @param channel           how the ticket came in ({@code portal}, {@code email}, {@code api}, {@code phone});
 *                          may be {@code null}
 * @since 0.1 (components from {@code type} on: 0.2)
 */
public record TicketView(
        String number,
        String title,
        String description,
        String status,
        String requesterId,
        String requesterName,
        Instant createdAt,
        Instant updatedAt,
        String type,
        String priority,
        String assignmentGroupId,
        String assigneeId,
        String assigneeName,
        String channel) {

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
     * @param type see the record component of the same name
     * @param priority see the record component of the same name
     * @param assignmentGroupId see the record component of the same name
     * @param assigneeId see the record component of the same name
     * @param assigneeName see the record component of the same name
     * @param channel see the record component of the same name
     * @throws NullPointerException if a component not documented as nullable is {@code null}
     * @since 0.2
     */
    public TicketView {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * Creates and validates an instance without the components added in 0.2 (they are {@code null}). Kept so that
     * code compiled against SDK 0.1 keeps working.
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
    public TicketView(String number, String title, String description, String status, String requesterId,
                      String requesterName, Instant createdAt, Instant updatedAt) {
        this(number, title, description, status, requesterId, requesterName, createdAt, updatedAt, null, null,
                null, null, null, null);
    }
}
