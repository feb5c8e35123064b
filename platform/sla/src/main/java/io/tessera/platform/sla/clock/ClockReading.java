package io.tessera.platform.sla.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A clock read at an instant.
 *
 * @param due       when the target is used up, or null (paused indefinitely, no working time left)
 * @param outcome   {@code due}, {@code paused-indefinitely}, {@code no-working-time} or {@code beyond-horizon}
 * @param elapsed   business time counted from the start to the stop (or to the instant read)
 * @param remaining target less elapsed, never negative
 * @param timeline  from the start to the stop (or the instant read), every span with its reason
 */
public record ClockReading(ClockState state, Instant due, String outcome, Duration elapsed, Duration remaining,
                           List<Segment> timeline) {
}
