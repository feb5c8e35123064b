package io.tessera.platform.ticket.application;

import io.tessera.platform.identity.CurrentUser;
import io.tessera.platform.ticket.domain.Actor;
import io.tessera.platform.ticket.domain.Ticket;
import io.tessera.platform.ticket.domain.TicketComment;
import io.tessera.platform.ticket.domain.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * Comments on tickets: requesters and agents reply publicly, agents also write internal work notes, which end users
 * never see. Comments do not change the ticket's version, so they never collide with an agent's edit.
 */
@ApplicationScoped
@Transactional
public class TicketCommentService {

    @Inject
    TicketRepository tickets;
    @Inject
    TicketLookup lookup;
    @Inject
    TicketEventPublisher events;

    public TicketComment add(CurrentUser caller, String number, TicketCommands.Comment cmd) {
        Ticket ticket = lookup.visible(caller, number);
        Instant now = Instant.now();
        TicketComment comment = TicketComment.on(ticket, new Actor(caller.id(), caller.displayName()),
                caller.isAgent(), cmd.visibility(), cmd.body(), now);
        tickets.add(comment);
        events.publish(ticket, now);
        return comment;
    }

    /** The comments the caller may read, oldest first: everything for agents, public replies for end users. */
    public List<TicketComment> list(CurrentUser caller, String number) {
        Ticket ticket = lookup.visible(caller, number);
        return tickets.comments(ticket.id(), caller.isAgent());
    }
}
