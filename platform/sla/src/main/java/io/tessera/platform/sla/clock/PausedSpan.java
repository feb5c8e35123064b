package io.tessera.platform.sla.clock;

import io.tessera.platform.sla.calendar.Pause;

import java.time.Instant;
import java.util.Objects;

/**
 * Time a clock stood still because its ticket was in a pausing status, {@code [from, to)}; open while the ticket
 * is still there ({@code to == null}).
 *
 * @param status why: the ticket's status, with its reason where it has one ({@code on_hold:awaiting_customer})
 */
public record PausedSpan(Instant from, Instant to, String status) {

    public PausedSpan {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(status, "status");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("pause ends before it starts");
        }
    }

    public boolean isOpen() {
        return to == null;
    }

    public Pause toPause() {
        return new Pause(from, to);
    }

    boolean covers(Instant t) {
        return !t.isBefore(from) && (to == null || t.isBefore(to));
    }
}
