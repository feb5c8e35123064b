package io.tessera.platform.sla.clock;

import io.tessera.platform.sla.calendar.BusinessCalendar;
import io.tessera.platform.sla.calendar.Holiday;
import io.tessera.platform.sla.calendar.Interval;
import io.tessera.platform.sla.calendar.SpecialDay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Explains a span of a clock: cuts {@code [from, to)} into segments that counted (business time, not paused) and
 * segments that did not, each with its reason. The reason for time that did not count is the first that applies:
 * paused (on which status), holiday, special day outside its hours, day of the week without hours, outside the
 * day's hours. The counted segments add up to exactly {@link BusinessCalendar#elapsed} with the same pauses.
 */
public final class ClockTimeline {

    private ClockTimeline() {
    }

    public static List<Segment> explain(BusinessCalendar calendar, Instant from, Instant to, List<PausedSpan> pauses) {
        List<Segment> base = new ArrayList<>();
        Instant t = from;
        DayReasons reasons = new DayReasons(calendar);
        for (Interval working : calendar.businessIntervals(from, to)) {
            if (working.from().isAfter(t)) {
                reasons.gap(t, working.from(), base);
            }
            base.add(new Segment(working.from(), working.to(), SegmentKind.COUNTED, null));
            t = working.to();
        }
        if (to.isAfter(t)) {
            reasons.gap(t, to, base);
        }
        List<Segment> out = new ArrayList<>();
        List<PausedSpan> sorted = pauses.stream().sorted(Comparator.comparing(PausedSpan::from)).toList();
        for (Segment s : base) {
            overlay(s, sorted, out);
        }
        return merge(out);
    }

    /** Cuts {@code s} where pauses begin and end; paused parts become {@link SegmentKind#PAUSED}. */
    private static void overlay(Segment s, List<PausedSpan> pauses, List<Segment> out) {
        Instant a = s.from();
        while (a.isBefore(s.to())) {
            PausedSpan covering = null;
            Instant nextStart = s.to();
            for (PausedSpan p : pauses) {
                if (p.covers(a)) {
                    covering = p;
                    break;
                }
                if (p.from().isAfter(a) && p.from().isBefore(nextStart)) {
                    nextStart = p.from();
                }
            }
            if (covering != null) {
                Instant end = covering.to() == null || covering.to().isAfter(s.to()) ? s.to() : covering.to();
                out.add(new Segment(a, end, SegmentKind.PAUSED, covering.status()));
                a = end;
            } else {
                out.add(new Segment(a, nextStart, s.kind(), s.detail()));
                a = nextStart;
            }
        }
    }

    private static List<Segment> merge(List<Segment> segments) {
        List<Segment> merged = new ArrayList<>();
        for (Segment s : segments) {
            if (!s.to().isAfter(s.from())) {
                continue;
            }
            if (!merged.isEmpty()) {
                Segment last = merged.get(merged.size() - 1);
                if (last.to().equals(s.from()) && last.kind() == s.kind()
                        && java.util.Objects.equals(last.detail(), s.detail())) {
                    merged.set(merged.size() - 1, new Segment(last.from(), s.to(), s.kind(), s.detail()));
                    continue;
                }
            }
            merged.add(s);
        }
        return merged;
    }

    /** Why the time of a local date outside its windows is not business time. */
    private static final class DayReasons {
        private final BusinessCalendar calendar;
        private final ZoneId zone;
        private final Map<LocalDate, String> holidays = new HashMap<>();
        private final Map<LocalDate, String> specialDays = new HashMap<>();

        DayReasons(BusinessCalendar calendar) {
            this.calendar = calendar;
            this.zone = calendar.zone();
            for (Holiday h : calendar.holidays()) {
                holidays.put(h.date(), h.name());
            }
            for (SpecialDay s : calendar.specialDays()) {
                specialDays.put(s.date(), s.name());
            }
        }

        /** Adds the non-business span {@code [a, b)}, cut at local midnights where the reason changes. */
        void gap(Instant a, Instant b, List<Segment> out) {
            Instant t = a;
            while (t.isBefore(b)) {
                LocalDate date = t.atZone(zone).toLocalDate();
                Instant nextDay = date.plusDays(1).atStartOfDay(zone).toInstant();
                Instant end = nextDay.isAfter(b) || !nextDay.isAfter(t) ? b : nextDay;
                out.add(reason(date, t, end));
                t = end;
            }
        }

        private Segment reason(LocalDate date, Instant a, Instant b) {
            if (specialDays.containsKey(date)) {
                return new Segment(a, b, SegmentKind.SPECIAL_DAY, specialDays.get(date));
            }
            if (holidays.containsKey(date)) {
                return new Segment(a, b, SegmentKind.HOLIDAY, holidays.get(date));
            }
            if (calendar.weekly().getOrDefault(date.getDayOfWeek(), List.of()).isEmpty()) {
                return new Segment(a, b, SegmentKind.NON_WORKING_DAY,
                        date.getDayOfWeek().name().toLowerCase(Locale.ROOT));
            }
            return new Segment(a, b, SegmentKind.OUTSIDE_HOURS, null);
        }
    }
}
