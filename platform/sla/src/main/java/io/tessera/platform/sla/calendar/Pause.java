package io.tessera.platform.sla.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * An absolute interval {@code [from, to)} in which no business time accrues (a ticket waiting for the customer).
 * An open pause ({@code to == null}) never ends.
 */
public record Pause(Instant from, Instant to) {

    public Pause {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new InvalidCalendarException(CalendarViolation.of("to", "pause-end-before-start"));
        }
    }

    public static Pause open(Instant from) {
        return new Pause(from, null);
    }

    public static Pause between(Instant from, Instant to) {
        return new Pause(from, Objects.requireNonNull(to, "to"));
    }

    public boolean isOpen() {
        return to == null;
    }
}
