package io.tessera.platform.ticket.application;

import io.tessera.platform.identity.CurrentUser;
import io.tessera.platform.ticket.domain.Actor;
import io.tessera.platform.ticket.domain.Ticket;
import io.tessera.platform.ticket.domain.TicketAttachment;
import io.tessera.platform.ticket.domain.TicketRepository;
import io.tessera.platform.ticket.domain.TicketSettings;
import io.tessera.platform.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The database side of attachments, one short transaction each (the bytes are streamed outside any). */
@ApplicationScoped
@Transactional
public class TicketAttachmentRecords {

    @Inject
    TicketLookup lookup;
    @Inject
    TicketRepository tickets;
    @Inject
    TicketSettings settings;

    /** The tenant's attachment limit, after checking the caller may see the ticket. */
    public long limitFor(CurrentUser caller, String number) {
        lookup.visible(caller, number);
        return settings.policy().maxAttachmentBytes();
    }

    public TicketAttachment record(CurrentUser caller, String number, UUID id, String filename, String type, long size,
                                   String sha256) {
        Ticket ticket = lookup.visible(caller, number);
        TicketAttachment a = TicketAttachment.of(id, ticket, filename, type, size, sha256,
                new Actor(caller.id(), caller.displayName()), Instant.now());
        tickets.add(a);
        return a;
    }

    public List<TicketAttachment> list(CurrentUser caller, String number) {
        return tickets.attachments(lookup.visible(caller, number).id());
    }

    public TicketAttachment get(CurrentUser caller, String number, String id) {
        Ticket ticket = lookup.visible(caller, number);
        return parse(id).flatMap(tickets::attachment).filter(a -> a.ticketId().equals(ticket.id()))
                .orElseThrow(() -> ApiException.notFound("attachment-not-found", id));
    }

    private static java.util.Optional<UUID> parse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
