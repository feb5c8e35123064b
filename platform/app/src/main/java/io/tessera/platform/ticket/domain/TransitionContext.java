package io.tessera.platform.ticket.domain;

import java.time.Instant;
import java.util.List;

/**
 * What a transition's rules may consult besides the ticket: the time, who acts, the tenant's ticket policy and
 * the change calendar.
 */
public record TransitionContext(Instant now, Actor actor, TicketPolicy policy, ChangeCalendar calendar) {

    /** Answers whether a change's planned window collides with other changes or blackout windows. */
    @FunctionalInterface
    public interface ChangeCalendar {
        /** @return human descriptions of the collisions (empty: none) */
        List<Conflict> conflictsOf(Change change);

        ChangeCalendar NONE = change -> List.of();
    }

    /** A collision of a change's window with another change or a blackout window. */
    public record Conflict(String kind, String reference, Instant start, Instant end) {
    }
}
