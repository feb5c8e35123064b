package io.tessera.platform.sla.calendar;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Random calendars and questions for the properties. Everything is on whole minutes (so the minute oracle is exact)
 * and placed near the zone's DST transitions often, where the semantics are subtle.
 */
final class CalendarArbitraries {

    /**
     * Zones with whole-minute offsets from 2005 on: no DST, ordinary DST, half-hour DST (Lord Howe), quarter-hour
     * offsets, transitions at midnight (São Paulo until 2019, Havana, Santiago), many transitions a year
     * (Casablanca), a skipped day (Apia, 2011-12-30), negative DST (Dublin).
     */
    static final List<String> ZONES = List.of("UTC", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe",
            "Asia/Shanghai", "Asia/Kolkata", "Asia/Kathmandu", "America/Sao_Paulo", "America/Havana",
            "America/Santiago", "Africa/Casablanca", "Pacific/Apia", "Europe/Dublin", "America/St_Johns",
            "Asia/Tehran", "Australia/Sydney");

    static final LocalDate FIRST = LocalDate.of(2005, 1, 1);
    static final LocalDate LAST = LocalDate.of(2035, 12, 31);

    private CalendarArbitraries() {
    }

    /** A calendar plus a local date around which its questions are asked. */
    record Scenario(BusinessCalendar calendar, LocalDate around) {
        ZoneId zone() {
            return calendar.zone();
        }
    }

    /** 0..3 windows on a day, on whole minutes, often around the small hours where transitions happen. */
    static Arbitrary<List<WorkingWindow>> dayWindows() {
        Arbitrary<Integer> minute = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 1440)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 240)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(0, 60, 120, 150, 180, 540, 720, 810, 1080, 1380, 1440)));
        Arbitrary<List<WorkingWindow>> cut = Arbitraries.integers().between(1, 3).flatMap(k ->
                minute.set().ofSize(2 * k).map(points -> {
                    List<Integer> sorted = new ArrayList<>(new TreeSet<>(points));
                    List<WorkingWindow> windows = new ArrayList<>();
                    for (int i = 0; i + 1 < sorted.size(); i += 2) {
                        windows.add(new WorkingWindow(sorted.get(i) * 60, sorted.get(i + 1) * 60));
                    }
                    return windows;
                }));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(List.<WorkingWindow>of())),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(List.of(WorkingWindow.ALL_DAY))),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(List.of(WorkingWindow.parse("09:00", "12:00"),
                        WorkingWindow.parse("13:30", "18:00")))),
                net.jqwik.api.Tuple.of(4, cut));
    }

    /** A local date of interest: often the day of one of the zone's transitions, otherwise any day in range. */
    static Arbitrary<LocalDate> interestingDate(ZoneId zone) {
        List<LocalDate> transitions = new ArrayList<>();
        Instant cursor = FIRST.atStartOfDay(zone).toInstant();
        ZoneOffsetTransition t;
        while ((t = zone.getRules().nextTransition(cursor)) != null && t.getInstant().isBefore(
                LAST.atStartOfDay(zone).toInstant())) {
            transitions.add(t.getDateTimeBefore().toLocalDate());
            cursor = t.getInstant();
        }
        Arbitrary<LocalDate> any = Arbitraries.longs().between(FIRST.toEpochDay() + 60, LAST.toEpochDay() - 60)
                .map(LocalDate::ofEpochDay);
        if (transitions.isEmpty()) {
            return any;
        }
        Arbitrary<LocalDate> nearTransition = Combinators.combine(Arbitraries.of(transitions),
                Arbitraries.integers().between(-2, 1)).as((d, shift) -> d.plusDays(shift));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, nearTransition), net.jqwik.api.Tuple.of(1, any));
    }

    static Arbitrary<Scenario> scenarios() {
        return Arbitraries.of(ZONES).map(ZoneId::of).flatMap(zone -> interestingDate(zone).flatMap(around ->
                Combinators.combine(
                        dayWindows().list().ofSize(7),
                        Arbitraries.integers().between(-20, 40).map(around::plusDays).set().ofMaxSize(8),
                        Combinators.combine(Arbitraries.integers().between(-20, 40).map(around::plusDays),
                                dayWindows().filter(w -> !w.isEmpty())).as(SpecialSpec::new).list().ofMaxSize(4)
                ).as((week, holidayDates, specials) -> {
                    BusinessCalendar.Builder b = BusinessCalendar.builder().zone(zone.getId());
                    for (DayOfWeek d : DayOfWeek.values()) {
                        b.weekly(d, week.get(d.ordinal()));
                    }
                    holidayDates.forEach(h -> b.holiday(h, "holiday"));
                    TreeSet<LocalDate> used = new TreeSet<>();
                    for (SpecialSpec s : specials) {
                        if (used.add(s.date)) {
                            b.specialDay(s.date, "special", s.windows);
                        }
                    }
                    return new Scenario(b.build(), around);
                })));
    }

    private record SpecialSpec(LocalDate date, List<WorkingWindow> windows) {
    }

    /** A whole-minute instant within a few days of the scenario's date. */
    static Arbitrary<Instant> minuteNear(Scenario s) {
        Instant base = s.around().atStartOfDay(s.zone()).toInstant();
        return Arbitraries.integers().between(-3 * 1440, 4 * 1440).map(m -> base.plus(Duration.ofMinutes(m)));
    }

    /** Up to three whole-minute pauses around {@code start}, sometimes one open. */
    static Arbitrary<List<Pause>> pausesNear(Instant start) {
        Arbitrary<Pause> closed = Combinators.combine(Arbitraries.integers().between(-600, 10_000),
                        Arbitraries.integers().between(0, 3000))
                .as((offset, length) -> Pause.between(start.plus(Duration.ofMinutes(offset)),
                        start.plus(Duration.ofMinutes(offset + length))));
        Arbitrary<Pause> open = Arbitraries.integers().between(-600, 20_000)
                .map(offset -> Pause.open(start.plus(Duration.ofMinutes(offset))));
        Arbitrary<Pause> pause = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, closed),
                net.jqwik.api.Tuple.of(1, open));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(List.<Pause>of())),
                net.jqwik.api.Tuple.of(2, pause.list().ofMaxSize(3)));
    }

    /** Targets in minutes: zero, small, about a day's work, up to a few weeks of it. */
    static Arbitrary<Long> targetMinutes() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(0L)),
                net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(1, 600)),
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(600, 3000)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(3000, 12_000)));
    }
}
