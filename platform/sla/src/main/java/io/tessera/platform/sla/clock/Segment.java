package io.tessera.platform.sla.clock;

import java.time.Duration;
import java.time.Instant;

/**
 * One span {@code [from, to)} of a clock's timeline and why it counted or not.
 *
 * @param detail the paused status, the holiday's or special day's name, the weekday; null for counted and
 *               outside-hours spans
 */
public record Segment(Instant from, Instant to, SegmentKind kind, String detail) {

    public boolean counted() {
        return kind == SegmentKind.COUNTED;
    }

    public Duration length() {
        return Duration.between(from, to);
    }
}
