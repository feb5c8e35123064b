package io.tessera.platform.sla.calendar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pauses as sorted, disjoint nanosecond intervals: overlapping or touching pauses are joined, so time covered by
 * two pauses is paused once. An open pause ends at {@link #OPEN}.
 */
final class PauseSet {

    static final long OPEN = Long.MAX_VALUE;
    static final PauseSet NONE = new PauseSet(new long[0], new long[0]);

    final long[] from;
    final long[] to;

    private PauseSet(long[] from, long[] to) {
        this.from = from;
        this.to = to;
    }

    int size() {
        return from.length;
    }

    static PauseSet of(List<Pause> pauses, List<CalendarViolation> problems) {
        if (pauses == null || pauses.isEmpty()) {
            return NONE;
        }
        List<long[]> spans = new ArrayList<>();
        for (int i = 0; i < pauses.size(); i++) {
            Pause p = pauses.get(i);
            if (p == null) {
                problems.add(CalendarViolation.of("pauses[" + i + "]", "required"));
                continue;
            }
            int before = problems.size();
            BusinessCalendar.checkInstant(p.from(), "pauses[" + i + "].from", problems);
            if (!p.isOpen()) {
                BusinessCalendar.checkInstant(p.to(), "pauses[" + i + "].to", problems);
            }
            if (problems.size() == before) {
                long f = BusinessTimeRange.nanos(p.from());
                long t = p.isOpen() ? OPEN : BusinessTimeRange.nanos(p.to());
                if (t > f) {
                    spans.add(new long[]{f, t});
                }
            }
        }
        spans.sort(Comparator.comparingLong(s -> s[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] s : spans) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(s.clone());
            }
        }
        long[] f = new long[merged.size()];
        long[] t = new long[merged.size()];
        for (int i = 0; i < merged.size(); i++) {
            f[i] = merged.get(i)[0];
            t[i] = merged.get(i)[1];
        }
        return new PauseSet(f, t);
    }

    /** Where the open pause starts, or {@link #OPEN} if there is none (it is always the last span). */
    long openFrom() {
        int n = from.length;
        return n > 0 && to[n - 1] == OPEN ? from[n - 1] : OPEN;
    }
}
