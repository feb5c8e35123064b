package io.tessera.platform.ticket.application;

import io.tessera.platform.identity.CurrentUser;
import io.tessera.platform.ticket.domain.Actor;
import io.tessera.platform.ticket.domain.LinkKind;
import io.tessera.platform.ticket.domain.Ticket;
import io.tessera.platform.ticket.domain.TicketLink;
import io.tessera.platform.ticket.domain.TicketRepository;
import io.tessera.platform.ticket.domain.TicketRuleException;
import io.tessera.platform.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Links between tickets (incident ↔ problem, incident/problem ↔ change, related), read from either end. Agents
 * only: links point at internal records such as problems. Links are not part of a ticket's version, so they need
 * no {@code If-Match}.
 */
@ApplicationScoped
@Transactional
public class TicketLinkService {

    @Inject
    TicketRepository tickets;
    @Inject
    TicketLookup lookup;

    /** A link as seen from one ticket: which way it points, and the ticket at the other end. */
    public record Linked(TicketLink link, boolean outgoing, Ticket other) {
        /** The relation read from this end, e.g. {@code caused_by_problem} or, backwards, {@code causes_incident}. */
        public String relation() {
            return outgoing ? link.kind().code() : link.kind().inverse();
        }
    }

    public Linked link(CurrentUser caller, String number, String kind, String targetNumber) {
        Ticket source = agentsTicket(caller, number);
        Ticket target = lookup.visible(caller, targetNumber);
        LinkKind k = LinkKind.byCode(kind).orElseThrow(() -> TicketRuleException.unknownCode("kind", kind,
                LinkKind.all().stream().map(LinkKind::code).toList()));
        if (tickets.linked(source.id(), target.id(), k.code())) {
            throw ApiException.conflict("ticket-link-exists", source.number().toString(), k.code(),
                    target.number().toString());
        }
        TicketLink link = TicketLink.between(source, target, k, new Actor(caller.id(), caller.displayName()),
                Instant.now());
        tickets.add(link);
        return new Linked(link, true, target);
    }

    public List<Linked> links(CurrentUser caller, String number) {
        Ticket ticket = agentsTicket(caller, number);
        List<Linked> out = new ArrayList<>();
        for (TicketLink l : tickets.links(ticket.id())) {
            boolean outgoing = l.sourceId().equals(ticket.id());
            tickets.findById(outgoing ? l.targetId() : l.sourceId())
                    .ifPresent(other -> out.add(new Linked(l, outgoing, other)));
        }
        return out;
    }

    public void unlink(CurrentUser caller, String number, String linkId) {
        Ticket ticket = agentsTicket(caller, number);
        TicketLink link = parse(linkId).flatMap(tickets::link)
                .filter(l -> l.sourceId().equals(ticket.id()) || l.targetId().equals(ticket.id()))
                .orElseThrow(() -> ApiException.notFound("ticket-link-not-found", linkId));
        tickets.remove(link);
    }

    private Ticket agentsTicket(CurrentUser caller, String number) {
        Ticket t = lookup.visible(caller, number);
        if (!caller.isAgent()) {
            throw ApiException.forbidden("forbidden");
        }
        return t;
    }

    private static java.util.Optional<UUID> parse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
