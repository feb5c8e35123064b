package io.tessera.platform.ticket.domain;

import java.time.Instant;
import java.util.List;

/** Builds tickets and transition contexts for the domain's unit tests. */
final class Tickets {

    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    static final Actor REQUESTER = new Actor("u-1", "Dana Requester");
    static final Actor AGENT = new Actor("a-1", "Agnes Agent");

    private Tickets() {
    }

    static <T extends Ticket> T open(TicketType type, String changeModel, Ticket parent) {
        TicketDraft draft = new TicketDraft("Printer jams", "On the 3rd floor", null, null, null, null, null,
                "printer-3f", "portal", changeModel, null, null);
        @SuppressWarnings("unchecked")
        T t = (T) Ticket.open(new TicketNumber(type, 1), draft, parent, REQUESTER, PriorityMatrix.ITIL_DEFAULT, T0);
        t.drainEvents();
        return t;
    }

    static <T extends Ticket> T open(TicketType type) {
        return open(type, null, null);
    }

    static TransitionContext at(Instant now) {
        return new TransitionContext(now, AGENT, TicketPolicy.DEFAULT, TransitionContext.ChangeCalendar.NONE);
    }

    static TransitionContext at(Instant now, List<TransitionContext.Conflict> conflicts) {
        return new TransitionContext(now, AGENT, TicketPolicy.DEFAULT, change -> conflicts);
    }

    static void move(Ticket t, String to) {
        t.transition(TransitionRequest.to(to), at(T0));
    }
}
