package io.tessera.sdk.testkit;

import io.tessera.sdk.TicketEvent;
import io.tessera.sdk.TicketView;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Ready-made, realistic events for plugin tests. Every call returns an event with a fresh {@link TicketEvent#id()}.
 *
 * @since 0.1
 */
public final class SampleEvents {

    private SampleEvents() {
    }

    /**
     * A {@code ticket.created} event for incident {@code INC0000042} of the given tenant.
     *
     * @param tenantId the tenant the event belongs to
     * @return the event
     */
    public static TicketEvent ticketCreated(String tenantId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        TicketView ticket = new TicketView(
                "INC0000042",
                "VPN drops every 10 minutes",
                "Since this morning the VPN client disconnects every 10 minutes.",
                "new",
                "u-1001",
                "Dana Requester",
                now,
                now,
                "incident",
                "P3",
                null,
                null,
                null,
                "portal");
        return new TicketEvent(UUID.randomUUID().toString(), "ticket.created", tenantId, now, ticket);
    }
}
