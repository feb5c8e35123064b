package io.tessera.platform.ticket.application;

import io.tessera.platform.ticket.domain.Level;
import io.tessera.platform.ticket.domain.Ticket;
import io.tessera.platform.ticket.domain.TicketEdit;
import io.tessera.platform.ticket.domain.TicketRepository;
import io.tessera.platform.ticket.domain.TicketSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What escalation (SLA timers) may do to a ticket of the current tenant, as the system and inside the caller's
 * transaction: send it to another group, or raise its priority one level. The ticket's own rules apply (a final
 * ticket is left alone); the changes are audited and published like any other.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TicketEscalations {

    @Inject
    TicketRepository tickets;
    @Inject
    TicketSettings settings;
    @Inject
    TicketEventPublisher events;

    /** A read-only look at a ticket for other features. */
    public Optional<Ticket> find(UUID ticketId) {
        return tickets.findById(ticketId);
    }

    /** Whether {@code userId} has written a public reply on the ticket. */
    public boolean repliedPublicly(UUID ticketId, String userId) {
        return tickets.comments(ticketId, false).stream()
                .anyMatch(c -> !c.isWorkNote() && c.author().id().equals(userId));
    }

    /** Moves an open ticket to {@code group}, unassigning the agent. @return whether anything changed */
    public boolean reassign(UUID ticketId, UUID group, Instant now) {
        Ticket t = tickets.findById(ticketId).orElse(null);
        if (t == null || !t.isActive() || group == null || group.equals(t.assignmentGroupId())) {
            return false;
        }
        t.assign(group, null, false, now);
        events.publish(t, now);
        return true;
    }

    /**
     * Raises an open ticket's priority by one level through the tenant's matrix: urgency one level up, or impact
     * when urgency is already high. @return whether the priority changed
     */
    public boolean raisePriority(UUID ticketId, Instant now) {
        Ticket t = tickets.findById(ticketId).orElse(null);
        if (t == null || !t.isActive()) {
            return false;
        }
        int before = t.priority().rank();
        Level urgency = t.urgency();
        Level impact = t.impact();
        TicketEdit edit;
        if (urgency.rank() > Level.HIGH.rank()) {
            edit = new TicketEdit(null, null, null, new Level(urgency.rank() - 1), null, null, null, null, null,
                    null, null, null, null, null, null, null);
        } else if (impact.rank() > Level.HIGH.rank()) {
            edit = new TicketEdit(null, null, new Level(impact.rank() - 1), null, null, null, null, null, null,
                    null, null, null, null, null, null, null);
        } else {
            return false;
        }
        t.edit(edit, settings.priorityMatrix(), now);
        events.publish(t, now);
        return t.priority().rank() < before;
    }
}
