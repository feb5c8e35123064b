package io.tessera.platform.sla.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A zone's UTC offsets as flat arrays over the supported range (a few hundred transitions at most), so the walk
 * finds the offset in force and the next transition without going through {@link ZoneRules} each time. One per
 * zone, shared and immutable.
 */
final class ZoneTimeline {

    private static final ConcurrentHashMap<ZoneId, ZoneTimeline> CACHE = new ConcurrentHashMap<>();

    /** starts[i]: first epoch second of segment i (starts[0] = Long.MIN_VALUE); offsets[i]: its offset. */
    private final long[] starts;
    private final int[] offsets;

    private ZoneTimeline(long[] starts, int[] offsets) {
        this.starts = starts;
        this.offsets = offsets;
    }

    static ZoneTimeline of(ZoneId zone) {
        return CACHE.computeIfAbsent(zone, ZoneTimeline::build);
    }

    private static ZoneTimeline build(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        Instant from = BusinessTimeRange.MIN_INSTANT.minusSeconds(3 * 86_400L);
        Instant until = BusinessTimeRange.HORIZON.plusSeconds(3 * 86_400L);
        long[] starts = new long[64];
        int[] offsets = new int[64];
        int n = 0;
        starts[n] = Long.MIN_VALUE;
        offsets[n++] = rules.getOffset(from).getTotalSeconds();
        Instant cursor = from;
        ZoneOffsetTransition t;
        while ((t = rules.nextTransition(cursor)) != null && t.getInstant().isBefore(until)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                offsets = Arrays.copyOf(offsets, n * 2);
            }
            starts[n] = t.toEpochSecond();
            offsets[n++] = t.getOffsetAfter().getTotalSeconds();
            cursor = t.getInstant();
        }
        return new ZoneTimeline(Arrays.copyOf(starts, n), Arrays.copyOf(offsets, n));
    }

    /** The segment in force at {@code epochSecond}. */
    int segmentAt(long epochSecond) {
        int i = Arrays.binarySearch(starts, epochSecond);
        return i >= 0 ? i : -i - 2;
    }

    int offset(int segment) {
        return offsets[segment];
    }

    /** First epoch second after {@code segment}, or Long.MAX_VALUE for the last one. */
    long end(int segment) {
        return segment + 1 < starts.length ? starts[segment + 1] : Long.MAX_VALUE;
    }
}
