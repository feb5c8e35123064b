package io.tessera.platform.sla.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open span of instants {@code [from, to)}, both ends known. */
public record Interval(Instant from, Instant to) {

    public Interval {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("interval ends before it starts");
        }
    }

    public Duration length() {
        return Duration.between(from, to);
    }
}
