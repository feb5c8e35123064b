package io.tessera.platform.ticket.domain;

import java.time.Instant;

/**
 * Changes an agent makes to a ticket's fields. A {@code null} part leaves the field as it is; an empty text clears
 * an optional field. Parts that do not apply to the ticket's type are refused.
 */
public record TicketEdit(String title, String description, Level impact, Level urgency, String category,
                         String subcategory, String affectedService, String configurationItem,
                         Boolean majorIncident, String rootCause, String workaround, String risk,
                         Instant plannedStart, Instant plannedEnd, String organisation, String contract) {

    public static TicketEdit none() {
        return new TicketEdit(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
