package io.tessera.platform.sla.clock;

import io.tessera.platform.sla.calendar.BeyondHorizonException;
import io.tessera.platform.sla.calendar.BusinessCalendar;
import io.tessera.platform.sla.calendar.DueResult;
import io.tessera.platform.sla.calendar.Pause;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads clocks: state, due instant, elapsed and remaining business time and the explained timeline, all from a
 * {@link ClockSpec} and a calendar. A clock is breached once the instant read (or its stop) is after its due
 * instant; stopping exactly at the due instant meets it.
 */
public final class SlaClocks {

    private SlaClocks() {
    }

    public static ClockReading read(BusinessCalendar calendar, ClockSpec clock, Instant now) {
        Instant end = clock.isStopped() ? clock.stop() : now.isBefore(clock.start()) ? clock.start() : now;
        List<Pause> pauses = pauses(clock);
        Duration elapsed = calendar.elapsed(clock.start(), end, pauses);
        Due due = due(calendar, clock, clock.target());
        Duration remaining = clock.target().minus(elapsed);
        remaining = remaining.isNegative() ? Duration.ZERO : remaining;
        ClockState state;
        if (clock.isStopped()) {
            state = due.at != null && clock.stop().isAfter(due.at) ? ClockState.BREACHED : ClockState.MET;
        } else if (due.at != null && end.isAfter(due.at)) {
            state = ClockState.BREACHED;
        } else if (clock.pauses().stream().anyMatch(p -> p.covers(end))) {
            state = ClockState.PAUSED;
        } else {
            state = ClockState.RUNNING;
        }
        return new ClockReading(state, due.at, due.outcome, elapsed, remaining,
                ClockTimeline.explain(calendar, clock.start(), end, clock.pauses()));
    }

    /**
     * The instant at which {@code percent} of the target is used up (100: the due instant), with the pauses known
     * so far; empty while an open pause holds the clock before it, or when the calendar has no time left.
     */
    public static Optional<Instant> thresholdAt(BusinessCalendar calendar, ClockSpec clock, int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("percent must be 1..100");
        }
        Duration part = percent == 100 ? clock.target() : clock.target().multipliedBy(percent).dividedBy(100);
        return Optional.ofNullable(due(calendar, clock, part).at);
    }

    private record Due(Instant at, String outcome) {
    }

    private static Due due(BusinessCalendar calendar, ClockSpec clock, Duration target) {
        try {
            DueResult r = calendar.due(clock.start(), target, pauses(clock));
            return new Due(r.due(), r.outcome().code());
        } catch (BeyondHorizonException e) {
            return new Due(null, "beyond-horizon");
        }
    }

    private static List<Pause> pauses(ClockSpec clock) {
        return clock.pauses().stream().map(PausedSpan::toPause).toList();
    }
}
