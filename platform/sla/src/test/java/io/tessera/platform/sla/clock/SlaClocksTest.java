package io.tessera.platform.sla.clock;

import io.tessera.platform.sla.calendar.BusinessCalendar;
import io.tessera.platform.sla.calendar.WorkingWindow;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Clock readings and explained timelines, computed by hand. */
class SlaClocksTest {

    static Instant at(String iso) {
        return java.time.OffsetDateTime.parse(iso).toInstant();
    }

    /** Mon–Fri 09:00–17:00 UTC, New Year's Day off, a make-up Saturday 2026-01-10 10:00–12:00. */
    static BusinessCalendar office() {
        BusinessCalendar.Builder b = BusinessCalendar.builder().zone("UTC");
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            b.weekly(d, List.of(WorkingWindow.parse("09:00", "17:00")));
        }
        b.holiday(LocalDate.parse("2026-01-01"), "New Year");
        b.specialDay(LocalDate.parse("2026-01-10"), "Make-up day", List.of(WorkingWindow.parse("10:00", "12:00")));
        return b.build();
    }

    @Test
    void aPauseOnHoldIsExplainedAndPushesTheDueInstant() {
        // Monday 2026-01-05, 4 h target, on hold 10:00-14:00
        ClockSpec clock = new ClockSpec(at("2026-01-05T08:00:00Z"), null, Duration.ofHours(4),
                List.of(new PausedSpan(at("2026-01-05T10:00:00Z"), at("2026-01-05T14:00:00Z"),
                        "on_hold:awaiting_customer")));
        ClockReading r = SlaClocks.read(office(), clock, at("2026-01-05T15:00:00Z"));
        assertThat(r.due()).isEqualTo(at("2026-01-05T17:00:00Z"));
        assertThat(r.state()).isEqualTo(ClockState.RUNNING);
        assertThat(r.elapsed()).isEqualTo(Duration.ofHours(2));
        assertThat(r.remaining()).isEqualTo(Duration.ofHours(2));
        assertThat(r.timeline()).extracting(Segment::from, Segment::to, Segment::kind, Segment::detail).containsExactly(
                tuple(at("2026-01-05T08:00:00Z"), at("2026-01-05T09:00:00Z"), SegmentKind.OUTSIDE_HOURS, null),
                tuple(at("2026-01-05T09:00:00Z"), at("2026-01-05T10:00:00Z"), SegmentKind.COUNTED, null),
                tuple(at("2026-01-05T10:00:00Z"), at("2026-01-05T14:00:00Z"), SegmentKind.PAUSED,
                        "on_hold:awaiting_customer"),
                tuple(at("2026-01-05T14:00:00Z"), at("2026-01-05T15:00:00Z"), SegmentKind.COUNTED, null));
    }

    @Test
    void holidaysWeekendsAndSpecialDaysEachGiveTheirReason() {
        ClockSpec clock = new ClockSpec(at("2025-12-31T16:00:00Z"), at("2026-01-12T10:00:00Z"), Duration.ofHours(60),
                List.of());
        ClockReading r = SlaClocks.read(office(), clock, at("2026-02-01T00:00:00Z"));
        List<Segment> t = r.timeline();
        assertThat(t.get(0)).isEqualTo(new Segment(at("2025-12-31T16:00:00Z"), at("2025-12-31T17:00:00Z"),
                SegmentKind.COUNTED, null));
        // after hours on the 31st and the early hours of the 1st are one span each: different reasons
        assertThat(t.get(1)).isEqualTo(new Segment(at("2025-12-31T17:00:00Z"), at("2026-01-01T00:00:00Z"),
                SegmentKind.OUTSIDE_HOURS, null));
        assertThat(t.get(2)).isEqualTo(new Segment(at("2026-01-01T00:00:00Z"), at("2026-01-02T00:00:00Z"),
                SegmentKind.HOLIDAY, "New Year"));
        assertThat(t).contains(
                new Segment(at("2026-01-03T00:00:00Z"), at("2026-01-04T00:00:00Z"), SegmentKind.NON_WORKING_DAY,
                        "saturday"),
                new Segment(at("2026-01-10T00:00:00Z"), at("2026-01-10T10:00:00Z"), SegmentKind.SPECIAL_DAY,
                        "Make-up day"),
                new Segment(at("2026-01-10T10:00:00Z"), at("2026-01-10T12:00:00Z"), SegmentKind.COUNTED, null),
                new Segment(at("2026-01-11T00:00:00Z"), at("2026-01-12T00:00:00Z"), SegmentKind.NON_WORKING_DAY,
                        "sunday"));
        // 1 h + Jan 2 (8) + Jan 5-9 (40) + make-up 2 + Jan 12 (1) = 52 h
        Duration counted = t.stream().filter(Segment::counted).map(Segment::length).reduce(Duration.ZERO,
                Duration::plus);
        assertThat(counted).isEqualTo(Duration.ofHours(52)).isEqualTo(r.elapsed());
        assertThat(r.state()).isEqualTo(ClockState.MET);
        assertThat(r.remaining()).isEqualTo(Duration.ofHours(8));
        // contiguous from start to stop
        for (int i = 1; i < t.size(); i++) {
            assertThat(t.get(i).from()).isEqualTo(t.get(i - 1).to());
        }
        assertThat(t.get(t.size() - 1).to()).isEqualTo(at("2026-01-12T10:00:00Z"));
    }

    @Test
    void stoppingAtTheDueInstantMeetsItAndAnyLaterBreachesIt() {
        Instant start = at("2026-01-05T09:00:00Z");
        Instant due = at("2026-01-05T13:00:00Z");
        BusinessCalendar office = office();
        assertThat(SlaClocks.read(office, new ClockSpec(start, due, Duration.ofHours(4), List.of()), due).state())
                .isEqualTo(ClockState.MET);
        assertThat(SlaClocks.read(office, new ClockSpec(start, due.plusNanos(1), Duration.ofHours(4), List.of()),
                due).state()).isEqualTo(ClockState.BREACHED);
        ClockSpec running = new ClockSpec(start, null, Duration.ofHours(4), List.of());
        assertThat(SlaClocks.read(office, running, due).state()).isEqualTo(ClockState.RUNNING);
        ClockReading late = SlaClocks.read(office, running, due.plusSeconds(60));
        assertThat(late.state()).isEqualTo(ClockState.BREACHED);
        assertThat(late.remaining()).isZero();
        assertThat(late.elapsed()).isEqualTo(Duration.ofMinutes(241));
    }

    @Test
    void anOpenPauseHoldsTheClockWithoutADueInstant() {
        ClockSpec clock = new ClockSpec(at("2026-01-05T09:00:00Z"), null, Duration.ofHours(4),
                List.of(new PausedSpan(at("2026-01-05T10:00:00Z"), null, "on_hold:awaiting_customer")));
        ClockReading r = SlaClocks.read(office(), clock, at("2026-01-06T12:00:00Z"));
        assertThat(r.state()).isEqualTo(ClockState.PAUSED);
        assertThat(r.due()).isNull();
        assertThat(r.outcome()).isEqualTo("paused-indefinitely");
        assertThat(r.elapsed()).isEqualTo(Duration.ofHours(1));
        assertThat(r.timeline()).last().isEqualTo(new Segment(at("2026-01-05T10:00:00Z"), at("2026-01-06T12:00:00Z"),
                SegmentKind.PAUSED, "on_hold:awaiting_customer"));
        assertThat(SlaClocks.thresholdAt(office(), clock, 75)).isEmpty();
        // a pause that began only after the warning point does not hide it
        assertThat(SlaClocks.thresholdAt(office(), clock, 25)).contains(at("2026-01-05T10:00:00Z"));
    }

    @Test
    void thresholdsAreShareOfTheTargetInBusinessTime() {
        ClockSpec clock = new ClockSpec(at("2026-01-05T15:00:00Z"), null, Duration.ofHours(4), List.of());
        // 75 % of 4 h = 3 h: 2 h on Monday, 1 h on Tuesday
        assertThat(SlaClocks.thresholdAt(office(), clock, 75)).contains(at("2026-01-06T10:00:00Z"));
        assertThat(SlaClocks.thresholdAt(office(), clock, 100)).contains(at("2026-01-06T11:00:00Z"));
        // sub-second targets keep their fractions
        ClockSpec fast = new ClockSpec(at("2026-01-05T09:00:00Z"), null, Duration.ofSeconds(3), List.of());
        assertThat(SlaClocks.thresholdAt(BusinessCalendar.twentyFourSeven(java.time.ZoneId.of("UTC")), fast, 50))
                .contains(at("2026-01-05T09:00:01.500Z"));
    }
}
