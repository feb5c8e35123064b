package io.tessera.platform.ticket.domain;

import java.util.List;
import java.util.Map;

/** A ticket was asked to move to a status its lifecycle does not allow from where it is. Nothing changed. */
public class IllegalTransitionException extends TicketRuleException {

    private final List<String> allowed;

    public IllegalTransitionException(String lifecycle, String from, String to, List<String> allowed) {
        super(Kind.CONFLICT, "illegal-transition", List.of("to"), Map.of("from", from, "allowed", allowed),
                from, to, allowed.isEmpty() ? "-" : String.join(", ", allowed), lifecycle);
        this.allowed = List.copyOf(allowed);
    }

    /** The statuses the ticket may move to from its current one (empty for a final status). */
    public List<String> allowed() {
        return allowed;
    }
}
