package io.tessera.platform.sla.calendar;

/**
 * Yields a calendar's business time as disjoint intervals {@code [a, b)} of epoch seconds, in time order, from a
 * starting second on. It moves along the zone's offset segments: within one the local time is the instant plus a
 * fixed offset, so a local window maps to one instant interval; at a transition the local date and time are taken
 * afresh, which skips the local times a spring-forward jumps over and visits again those a fall-back repeats.
 * Days without windows cost one look-up each.
 */
final class BusinessTimeWalk {

    private static final long DAY = 86_400L;

    private final BusinessCalendar calendar;
    private final ZoneTimeline zone;
    private final long limit;

    /** The interval found by the last successful {@link #next()}. */
    long a;
    long b;

    private long t;
    private int segment;
    private int offset;
    private long segmentEnd;
    private long day;
    private int[] windows;
    private int index;
    private boolean exhausted;

    /**
     * @param from  first epoch second to consider
     * @param limit no interval starting at or after this epoch second is yielded
     */
    BusinessTimeWalk(BusinessCalendar calendar, long from, long limit) {
        this.calendar = calendar;
        this.zone = calendar.timeline;
        this.limit = limit;
        this.t = from;
        this.segment = zone.segmentAt(from);
        this.offset = zone.offset(segment);
        this.segmentEnd = zone.end(segment);
        enterDay(Math.floorDiv(from + offset, DAY));
    }

    private void enterDay(long epochDay) {
        day = epochDay;
        windows = calendar.windowsOnEpochDay(epochDay);
        index = 0;
    }

    private void nextSegment() {
        t = segmentEnd;
        segment++;
        offset = zone.offset(segment);
        segmentEnd = zone.end(segment);
        enterDay(Math.floorDiv(t + offset, DAY));
    }

    /** Finds the next business interval; false when there is none before the limit (or none at all). */
    boolean next() {
        while (true) {
            int[] w = windows;
            long base = day * DAY - offset;
            boolean segmentChanged = false;
            while (index < w.length) {
                long wb = base + w[index + 1];
                if (wb <= t) {
                    index += 2;
                    continue;
                }
                long wa = Math.max(base + w[index], t);
                if (wa >= segmentEnd) {
                    nextSegment();
                    segmentChanged = true;
                    break;
                }
                if (wa >= limit) {
                    return false;
                }
                a = wa;
                b = Math.min(wb, segmentEnd);
                t = b;
                return true;
            }
            if (!segmentChanged) {
                long nextDay = base + DAY;
                if (nextDay >= segmentEnd) {
                    nextSegment();
                } else {
                    t = nextDay;
                    enterDay(day + 1);
                }
            }
            if (t >= limit) {
                return false;
            }
            // no weekly hours and past the last special day (with a margin for offset jumps): nothing ever again
            if (!calendar.weeklyHasTime && day > calendar.lastWorkingExceptionDay + 2) {
                exhausted = true;
                return false;
            }
        }
    }

    boolean exhausted() {
        return exhausted;
    }

    /** How far the walk has looked, as an epoch second. */
    long position() {
        return t;
    }
}
