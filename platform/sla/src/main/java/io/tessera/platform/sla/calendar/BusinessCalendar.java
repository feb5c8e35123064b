package io.tessera.platform.sla.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * When a tenant works: an IANA time zone, working windows per weekday (split shifts allowed), holidays without
 * working time and special days whose windows replace the weekday's. For a local date the windows are those of its
 * special day, else none if it is a holiday, else its weekday's.
 * <p>
 * An instant is business time when its local wall-clock time in the zone falls in one of that local date's windows.
 * A local time skipped by a spring-forward is never business time; one repeated by a fall-back counts twice. All
 * durations are real elapsed time, exact to the nanosecond. See ADR 0007.
 * <p>
 * Immutable and thread-safe; build one with {@link #builder()}.
 */
public final class BusinessCalendar {

    private final ZoneId zone;
    private final Map<DayOfWeek, List<WorkingWindow>> weekly;
    private final List<Holiday> holidays;
    private final List<SpecialDay> specialDays;

    // the arithmetic's view: flat, merged windows (second-of-day pairs) per weekday and per exceptional date
    final ZoneTimeline timeline;
    private final int[][] weeklyFlat;
    private final long[] exceptionDays;
    private final int[][] exceptionWindows;
    final boolean weeklyHasTime;
    final long lastWorkingExceptionDay;

    private BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<WorkingWindow>> weekly, List<Holiday> holidays,
                             List<SpecialDay> specialDays) {
        this.zone = zone;
        this.weekly = Collections.unmodifiableMap(weekly);
        this.holidays = List.copyOf(holidays);
        this.specialDays = List.copyOf(specialDays);
        this.timeline = ZoneTimeline.of(zone);
        this.weeklyFlat = new int[7][];
        boolean any = false;
        for (DayOfWeek d : DayOfWeek.values()) {
            weeklyFlat[d.ordinal()] = flatten(weekly.get(d));
            any |= weeklyFlat[d.ordinal()].length > 0;
        }
        this.weeklyHasTime = any;
        // special days win over holidays on the same date
        java.util.TreeMap<Long, int[]> exceptions = new java.util.TreeMap<>();
        for (Holiday h : this.holidays) {
            exceptions.put(h.date().toEpochDay(), new int[0]);
        }
        long lastWorking = Long.MIN_VALUE;
        for (SpecialDay s : this.specialDays) {
            int[] w = flatten(s.windows());
            exceptions.put(s.date().toEpochDay(), w);
            if (w.length > 0) {
                lastWorking = Math.max(lastWorking, s.date().toEpochDay());
            }
        }
        this.lastWorkingExceptionDay = lastWorking;
        this.exceptionDays = exceptions.keySet().stream().mapToLong(Long::longValue).toArray();
        this.exceptionWindows = exceptions.values().toArray(new int[0][]);
    }

    /** Windows as sorted second-of-day pairs, touching windows joined (same set of local times). */
    private static int[] flatten(List<WorkingWindow> windows) {
        List<int[]> merged = new ArrayList<>();
        for (WorkingWindow w : windows.stream().sorted().toList()) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && w.startSecond() <= last[1]) {
                last[1] = Math.max(last[1], w.endSecond());
            } else {
                merged.add(new int[]{w.startSecond(), w.endSecond()});
            }
        }
        int[] flat = new int[merged.size() * 2];
        for (int i = 0; i < merged.size(); i++) {
            flat[2 * i] = merged.get(i)[0];
            flat[2 * i + 1] = merged.get(i)[1];
        }
        return flat;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Around the clock, every day, in {@code zone}. */
    public static BusinessCalendar twentyFourSeven(ZoneId zone) {
        Builder b = builder().zone(zone.getId());
        for (DayOfWeek d : DayOfWeek.values()) {
            b.weekly(d, List.of(WorkingWindow.ALL_DAY));
        }
        return b.build();
    }

    /** A builder holding this calendar's definition, to derive a changed one. */
    public Builder toBuilder() {
        Builder b = builder().zone(zone.getId());
        weekly.forEach(b::weekly);
        holidays.forEach(h -> b.holiday(h.date(), h.name()));
        specialDays.forEach(s -> b.specialDay(s.date(), s.name(), s.windows()));
        return b;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The windows of each weekday, sorted (empty for days off); every weekday is a key. */
    public Map<DayOfWeek, List<WorkingWindow>> weekly() {
        return weekly;
    }

    /** Holidays by date. */
    public List<Holiday> holidays() {
        return holidays;
    }

    /** Special days by date. */
    public List<SpecialDay> specialDays() {
        return specialDays;
    }

    /** The working windows of a local date: its special day's, else none on a holiday, else its weekday's. */
    public List<WorkingWindow> windowsOn(LocalDate date) {
        int[] flat = windowsOnEpochDay(date.toEpochDay());
        List<WorkingWindow> list = new ArrayList<>(flat.length / 2);
        for (int i = 0; i < flat.length; i += 2) {
            list.add(new WorkingWindow(flat[i], flat[i + 1]));
        }
        return list;
    }

    int[] windowsOnEpochDay(long epochDay) {
        int i = java.util.Arrays.binarySearch(exceptionDays, epochDay);
        if (i >= 0) {
            return exceptionWindows[i];
        }
        // 1970-01-01 was a Thursday: (epochDay + 3) mod 7 is 0 for Monday
        return weeklyFlat[(int) Math.floorMod(epochDay + 3, 7L)];
    }

    /**
     * The earliest instant {@code T >= start} at which the business time in {@code [start, T)}, less the time
     * paused, equals {@code target}. A zero target is due at {@code start}; a target used up exactly at the end of a
     * window is due at that end. No due instant when an open pause is reached first or the calendar runs out of
     * working time.
     *
     * @throws InvalidCalendarException for a start or pause outside {@link BusinessTimeRange}, or a negative or
     *                                  too long target
     * @throws BeyondHorizonException   when the target is only used up after {@link BusinessTimeRange#HORIZON}
     */
    public DueResult due(Instant start, Duration target, List<Pause> pauses) {
        List<CalendarViolation> problems = new ArrayList<>();
        checkInstant(start, "start", problems);
        if (target == null) {
            problems.add(CalendarViolation.of("target", "required"));
        } else if (target.isNegative() || target.compareTo(BusinessTimeRange.MAX_TARGET) > 0) {
            problems.add(CalendarViolation.of("target", "target-out-of-range",
                    BusinessTimeRange.MAX_TARGET.toString()));
        }
        PauseSet paused = PauseSet.of(pauses, problems);
        if (!problems.isEmpty()) {
            throw new InvalidCalendarException(problems);
        }
        return BusinessTimeArithmetic.due(this, start, target, paused);
    }

    public DueResult due(Instant start, Duration target) {
        return due(start, target, List.of());
    }

    /**
     * The business time in {@code [from, to)} less the time paused.
     *
     * @throws InvalidCalendarException for instants outside {@link BusinessTimeRange} or {@code to} before
     *                                  {@code from}
     */
    public Duration elapsed(Instant from, Instant to, List<Pause> pauses) {
        List<CalendarViolation> problems = new ArrayList<>();
        checkInstant(from, "from", problems);
        checkInstant(to, "to", problems);
        if (problems.isEmpty() && to.isBefore(from)) {
            problems.add(CalendarViolation.of("to", "end-before-start"));
        }
        PauseSet paused = PauseSet.of(pauses, problems);
        if (!problems.isEmpty()) {
            throw new InvalidCalendarException(problems);
        }
        return BusinessTimeArithmetic.elapsed(this, from, to, paused);
    }

    public Duration elapsed(Instant from, Instant to) {
        return elapsed(from, to, List.of());
    }

    /**
     * The business time in {@code [from, to)} as disjoint intervals in time order, ignoring pauses; what
     * {@link #elapsed(Instant, Instant)} adds up. For explaining a clock segment by segment.
     *
     * @throws InvalidCalendarException for instants outside {@link BusinessTimeRange} or {@code to} before
     *                                  {@code from}
     */
    public List<Interval> businessIntervals(Instant from, Instant to) {
        List<CalendarViolation> problems = new ArrayList<>();
        checkInstant(from, "from", problems);
        checkInstant(to, "to", problems);
        if (problems.isEmpty() && to.isBefore(from)) {
            problems.add(CalendarViolation.of("to", "end-before-start"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCalendarException(problems);
        }
        List<Interval> intervals = new ArrayList<>();
        if (!to.isAfter(from)) {
            return intervals;
        }
        long toSecond = to.getEpochSecond() + (to.getNano() > 0 ? 1 : 0);
        BusinessTimeWalk walk = new BusinessTimeWalk(this, from.getEpochSecond(), toSecond);
        while (walk.next()) {
            Instant a = Instant.ofEpochSecond(walk.a);
            Instant b = Instant.ofEpochSecond(walk.b);
            a = a.isBefore(from) ? from : a;
            b = b.isAfter(to) ? to : b;
            if (!a.isBefore(to)) {
                break;
            }
            if (b.isAfter(a)) {
                intervals.add(new Interval(a, b));
            }
        }
        return intervals;
    }

    static void checkInstant(Instant i, String field, List<CalendarViolation> problems) {
        if (i == null) {
            problems.add(CalendarViolation.of(field, "required"));
        } else if (!BusinessTimeRange.contains(i)) {
            problems.add(CalendarViolation.of(field, "instant-out-of-range",
                    BusinessTimeRange.MIN_INSTANT.toString(), BusinessTimeRange.MAX_INSTANT.toString()));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BusinessCalendar c && zone.equals(c.zone) && weekly.equals(c.weekly)
                && holidays.equals(c.holidays) && specialDays.equals(c.specialDays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, weekly, holidays, specialDays);
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + zone + ", " + weekly + ", holidays=" + holidays + ", specialDays="
                + specialDays + "]";
    }

    /**
     * Collects a definition and checks it as a whole: a known IANA zone, no overlapping windows on a day, one
     * holiday and one special day per date at most, dates within {@link BusinessTimeRange}, at least one window per
     * special day. Problems are reported with the position of the offending entry in the order given.
     */
    public static final class Builder {
        private String zone;
        private final EnumMap<DayOfWeek, List<WorkingWindow>> weekly = new EnumMap<>(DayOfWeek.class);
        private final List<Holiday> holidays = new ArrayList<>();
        private final List<SpecialDay> specialDays = new ArrayList<>();

        private Builder() {
        }

        public Builder zone(String zoneId) {
            this.zone = zoneId;
            return this;
        }

        /** Sets (replaces) the windows of {@code day}. */
        public Builder weekly(DayOfWeek day, List<WorkingWindow> windows) {
            weekly.put(day, List.copyOf(windows));
            return this;
        }

        public Builder holiday(LocalDate date, String name) {
            holidays.add(new Holiday(date, name));
            return this;
        }

        public Builder specialDay(LocalDate date, String name, List<WorkingWindow> windows) {
            specialDays.add(new SpecialDay(date, name, List.copyOf(windows)));
            return this;
        }

        /** Drops every holiday and special day given so far. */
        public Builder clearDates() {
            holidays.clear();
            specialDays.clear();
            return this;
        }

        /** Replaces the holiday on the date of {@code h}, or adds it. */
        public Builder putHoliday(Holiday h) {
            holidays.removeIf(x -> x.date().equals(h.date()));
            holidays.add(h);
            return this;
        }

        /** Replaces the special day on the date of {@code s}, or adds it. */
        public Builder putSpecialDay(SpecialDay s) {
            specialDays.removeIf(x -> x.date().equals(s.date()));
            specialDays.add(s);
            return this;
        }

        public BusinessCalendar build() {
            List<CalendarViolation> problems = new ArrayList<>();
            ZoneId zoneId = null;
            if (zone == null || zone.isBlank()) {
                problems.add(CalendarViolation.of("timeZone", "required"));
            } else if (!ZoneId.getAvailableZoneIds().contains(zone)) {
                problems.add(CalendarViolation.of("timeZone", "unknown-zone", zone));
            } else {
                try {
                    zoneId = ZoneId.of(zone);
                } catch (DateTimeException e) {
                    problems.add(CalendarViolation.of("timeZone", "unknown-zone", zone));
                }
            }
            EnumMap<DayOfWeek, List<WorkingWindow>> days = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek d : DayOfWeek.values()) {
                List<WorkingWindow> w = weekly.getOrDefault(d, List.of());
                checkOverlaps(w, "weekly." + d.name().toLowerCase(Locale.ROOT), problems);
                days.put(d, w.stream().sorted().toList());
            }
            Set<LocalDate> seen = new HashSet<>();
            for (int i = 0; i < holidays.size(); i++) {
                checkDate(holidays.get(i).date(), "holidays[" + i + "].date", seen, problems);
                checkName(holidays.get(i).name(), "holidays[" + i + "].name", problems);
            }
            seen.clear();
            for (int i = 0; i < specialDays.size(); i++) {
                SpecialDay s = specialDays.get(i);
                checkDate(s.date(), "specialDays[" + i + "].date", seen, problems);
                checkName(s.name(), "specialDays[" + i + "].name", problems);
                if (s.windows().isEmpty()) {
                    problems.add(CalendarViolation.of("specialDays[" + i + "].windows", "required"));
                }
                checkOverlaps(s.windows(), "specialDays[" + i + "].windows", problems);
            }
            if (!problems.isEmpty()) {
                throw new InvalidCalendarException(problems);
            }
            return new BusinessCalendar(zoneId, days, holidays.stream().sorted().toList(),
                    specialDays.stream().sorted()
                            .map(s -> new SpecialDay(s.date(), s.name(), s.windows().stream().sorted().toList()))
                            .toList());
        }

        private static void checkDate(LocalDate date, String field, Set<LocalDate> seen,
                                      List<CalendarViolation> problems) {
            if (!BusinessTimeRange.contains(date)) {
                problems.add(CalendarViolation.of(field, "date-out-of-range", BusinessTimeRange.MIN_DATE.toString(),
                        BusinessTimeRange.MAX_DATE.toString()));
            } else if (!seen.add(date)) {
                problems.add(CalendarViolation.of(field, "duplicate-date", date.toString()));
            }
        }

        private static void checkName(String name, String field, List<CalendarViolation> problems) {
            if (name.length() > Holiday.MAX_NAME) {
                problems.add(CalendarViolation.of(field, "name-too-long", String.valueOf(Holiday.MAX_NAME)));
            }
        }

        /** Reports each window that overlaps one given before it, by its position in the given order. */
        private static void checkOverlaps(List<WorkingWindow> windows, String field, List<CalendarViolation> problems) {
            for (int i = 0; i < windows.size(); i++) {
                for (int j = 0; j < i; j++) {
                    if (windows.get(i).overlaps(windows.get(j))) {
                        problems.add(CalendarViolation.of(field + "[" + i + "]", "window-overlap",
                                windows.get(i).toString(), windows.get(j).toString()));
                        break;
                    }
                }
            }
        }
    }
}
