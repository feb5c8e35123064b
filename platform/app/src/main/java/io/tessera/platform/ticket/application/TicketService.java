package io.tessera.platform.ticket.application;

import io.tessera.platform.identity.CurrentUser;
import io.tessera.platform.tenancy.TenantContext;
import io.tessera.platform.ticket.domain.Ticket;
import io.tessera.platform.ticket.domain.TicketEvent;
import io.tessera.platform.ticket.domain.TicketNumber;
import io.tessera.platform.ticket.domain.TicketRepository;
import io.tessera.platform.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** Ticket use cases for the current tenant; one transaction per public method. */
@ApplicationScoped
@Transactional
public class TicketService {

    @Inject
    TicketRepository tickets;
    @Inject
    TenantContext tenant;
    @Inject
    Event<TicketEvent> events;

    public record Page(List<Ticket> items, Long next) {
    }

    public Ticket open(String title, String description, CurrentUser requester) {
        Ticket ticket = Ticket.open(tickets.nextNumber(), title, description,
                new Ticket.Requester(requester.id(), requester.displayName()), Instant.now());
        tickets.add(ticket);
        events.fire(TicketEvent.created(tenant.require(), ticket));
        return ticket;
    }

    /**
     * A page of tickets the caller may see, newest first. End users only ever see their own; agents see all, or
     * their own with {@code onlyMine}.
     */
    public Page list(CurrentUser caller, boolean onlyMine, Long before, int limit) {
        String requester = onlyMine || !caller.isAgent() ? caller.id() : null;
        List<Ticket> rows = tickets.page(requester, before, limit + 1);
        List<Ticket> items = rows.size() > limit ? rows.subList(0, limit) : rows;
        Long next = rows.size() > limit ? items.get(items.size() - 1).number().value() : null;
        return new Page(List.copyOf(items), next);
    }

    /** A ticket the caller may see; another user's ticket is as absent to an end user as a missing one. */
    public Ticket get(CurrentUser caller, TicketNumber number) {
        return tickets.find(number)
                .filter(t -> caller.isAgent() || t.isRequestedBy(caller.id()))
                .orElseThrow(() -> ApiException.notFound("ticket-not-found", number.toString()));
    }
}
