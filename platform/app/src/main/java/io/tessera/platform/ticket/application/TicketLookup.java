package io.tessera.platform.ticket.application;

import io.tessera.platform.identity.CurrentUser;
import io.tessera.platform.ticket.domain.Ticket;
import io.tessera.platform.ticket.domain.TicketNumber;
import io.tessera.platform.ticket.domain.TicketRepository;
import io.tessera.platform.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Finds a ticket the caller may see, inside the caller's transaction. Anything the caller may not see is as absent
 * as a ticket that does not exist (404), so numbers of other people's tickets and other tenants leak nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TicketLookup {

    @Inject
    TicketRepository tickets;

    public Ticket visible(CurrentUser caller, String number) {
        TicketNumber n = TicketNumber.parse(number).orElseThrow(() -> ApiException.notFound("ticket-not-found", number));
        return tickets.find(n)
                .filter(t -> t.isVisibleTo(caller.id(), caller.isAgent()))
                .orElseThrow(() -> ApiException.notFound("ticket-not-found", n.toString()));
    }

    /** A ticket for an agent's change, at the version the agent last read ({@code null}: any version). */
    public Ticket forUpdate(CurrentUser caller, String number, Long expectedVersion) {
        Ticket t = visible(caller, number);
        if (!caller.isAgent()) {
            throw ApiException.forbidden("forbidden");
        }
        if (expectedVersion != null && t.version() != expectedVersion) {
            throw new ApiException(412, "ticket-changed", t.number().toString());
        }
        return t;
    }
}
