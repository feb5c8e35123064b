package io.tessera.platform.ticket.api;

import io.tessera.platform.ticket.domain.Ticket;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** Request and response bodies of the ticket API. */
public final class TicketDtos {

    private TicketDtos() {
    }

    public record OpenTicket(
            @NotBlank @Size(max = Ticket.MAX_TITLE) String title,
            @Size(max = Ticket.MAX_DESCRIPTION) String description) {
    }

    public record TicketView(String number, String title, String description, String status, String requesterId,
                             String requesterName, Instant createdAt, Instant updatedAt) {
        static TicketView of(Ticket t) {
            return new TicketView(t.number().toString(), t.title(), t.description(), t.status().code(),
                    t.requester().id(), t.requester().name(), t.createdAt(), t.updatedAt());
        }
    }

    public record TicketPage(List<TicketView> items, String next) {
    }
}
