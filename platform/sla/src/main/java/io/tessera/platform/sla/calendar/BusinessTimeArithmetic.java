package io.tessera.platform.sla.calendar;

import java.time.Duration;
import java.time.Instant;

/**
 * {@code due} and {@code elapsed} over a {@link BusinessTimeWalk}: the walk yields the business intervals in time
 * order, this subtracts the pauses and counts. Nanosecond {@code long}s throughout; no allocation per interval.
 */
final class BusinessTimeArithmetic {

    private static final long NS = 1_000_000_000L;

    private BusinessTimeArithmetic() {
    }

    static DueResult due(BusinessCalendar calendar, Instant start, Duration target, PauseSet pauses) {
        long remaining = target.toNanos();
        if (remaining == 0) {
            return DueResult.at(start);
        }
        long s = BusinessTimeRange.nanos(start);
        long[] pf = pauses.from;
        long[] pt = pauses.to;
        int np = pf.length;
        int p = 0;
        BusinessTimeWalk walk = new BusinessTimeWalk(calendar, Math.floorDiv(s, NS),
                BusinessTimeRange.HORIZON.getEpochSecond());
        long reached = s;
        while (walk.next()) {
            long a = Math.max(walk.a * NS, s);
            long b = walk.b * NS;
            while (a < b) {
                while (p < np && pt[p] <= a) {
                    p++;
                }
                if (p < np && pf[p] <= a) {
                    if (pt[p] == PauseSet.OPEN) {
                        return new DueResult(null, DueResult.Outcome.PAUSED_INDEFINITELY);
                    }
                    a = pt[p];
                    continue;
                }
                long end = p < np && pf[p] < b ? pf[p] : b;
                long length = end - a;
                if (length >= remaining) {
                    return DueResult.at(BusinessTimeRange.instant(a + remaining));
                }
                remaining -= length;
                a = end;
            }
            reached = b;
        }
        if (pauses.openFrom() <= Math.max(reached, walk.position() * NS)) {
            return new DueResult(null, DueResult.Outcome.PAUSED_INDEFINITELY);
        }
        if (walk.exhausted()) {
            return new DueResult(null, DueResult.Outcome.NO_WORKING_TIME);
        }
        throw new BeyondHorizonException();
    }

    static Duration elapsed(BusinessCalendar calendar, Instant from, Instant to, PauseSet pauses) {
        long f = BusinessTimeRange.nanos(from);
        long e = BusinessTimeRange.nanos(to);
        if (e <= f) {
            return Duration.ZERO;
        }
        long[] pf = pauses.from;
        long[] pt = pauses.to;
        int np = pf.length;
        int p = 0;
        long total = 0;
        BusinessTimeWalk walk = new BusinessTimeWalk(calendar, Math.floorDiv(f, NS), Math.floorDiv(e - 1, NS) + 1);
        while (walk.next()) {
            long a = Math.max(walk.a * NS, f);
            long b = Math.min(walk.b * NS, e);
            if (a >= e) {
                break;
            }
            while (a < b) {
                while (p < np && pt[p] <= a) {
                    p++;
                }
                if (p < np && pf[p] <= a) {
                    a = pt[p];
                    continue;
                }
                long end = p < np && pf[p] < b ? pf[p] : b;
                total += end - a;
                a = end;
            }
        }
        return Duration.ofNanos(total);
    }
}
