package io.tessera.platform.sla.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a clock is made of: when it started, when it stopped (null while it runs), its target in business time and
 * the spans it stood still.
 */
public record ClockSpec(Instant start, Instant stop, Duration target, List<PausedSpan> pauses) {

    public ClockSpec {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(target, "target");
        if (target.isNegative()) {
            throw new IllegalArgumentException("negative target");
        }
        if (stop != null && stop.isBefore(start)) {
            throw new IllegalArgumentException("clock stops before it starts");
        }
        pauses = List.copyOf(pauses);
    }

    public boolean isStopped() {
        return stop != null;
    }
}
