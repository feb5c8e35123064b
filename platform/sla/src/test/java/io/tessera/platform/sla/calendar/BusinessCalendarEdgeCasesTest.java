package io.tessera.platform.sla.calendar;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

/** Hand-picked cases with hand-computed answers: the places where business time is easy to get wrong. */
class BusinessCalendarEdgeCasesTest {

    private static final List<DayOfWeek> WEEKDAYS = List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);

    static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    static WorkingWindow w(String start, String end) {
        return WorkingWindow.parse(start, end);
    }

    /** Mon–Fri 09:00–12:00 and 13:30–18:00 (7.5 h a day), in {@code zone}. */
    static BusinessCalendar.Builder splitShifts(String zone) {
        BusinessCalendar.Builder b = BusinessCalendar.builder().zone(zone);
        WEEKDAYS.forEach(d -> b.weekly(d, List.of(w("09:00", "12:00"), w("13:30", "18:00"))));
        return b;
    }

    static BusinessCalendar sameEveryDay(String zone, WorkingWindow... windows) {
        BusinessCalendar.Builder b = BusinessCalendar.builder().zone(zone);
        for (DayOfWeek d : DayOfWeek.values()) {
            b.weekly(d, List.of(windows));
        }
        return b.build();
    }

    @Nested
    class SplitShifts {
        // 2026-01-05 is a Monday
        final BusinessCalendar shanghai = splitShifts("Asia/Shanghai").build();

        @Test
        void aTargetUsedUpAtTheEndOfAWindowIsDueAtThatEndNotAtTheNextOpening() {
            assertThat(shanghai.due(at("2026-01-05T08:00:00+08:00"), Duration.ofHours(3)).due())
                    .isEqualTo(at("2026-01-05T12:00:00+08:00"));
            assertThat(shanghai.due(at("2026-01-05T08:00:00+08:00"), Duration.ofMinutes(181)).due())
                    .isEqualTo(at("2026-01-05T13:31:00+08:00"));
            assertThat(shanghai.due(at("2026-01-05T09:00:00+08:00"), Duration.ofMinutes(450)).due())
                    .isEqualTo(at("2026-01-05T18:00:00+08:00"));
        }

        @Test
        void startingInTheLunchBreakWaitsForTheAfternoon() {
            assertThat(shanghai.due(at("2026-01-05T12:15:00+08:00"), Duration.ofMinutes(30)).due())
                    .isEqualTo(at("2026-01-05T14:00:00+08:00"));
            assertThat(shanghai.elapsed(at("2026-01-05T11:00:00+08:00"), at("2026-01-05T14:00:00+08:00")))
                    .isEqualTo(Duration.ofMinutes(90));
        }

        @Test
        void aTargetOfZeroIsDueAtTheStartEvenOutsideWorkingTime() {
            Instant sundayNight = at("2026-01-04T23:59:59.123456789+08:00");
            assertThat(shanghai.due(sundayNight, Duration.ZERO).due()).isEqualTo(sundayNight);
            assertThat(shanghai.due(sundayNight, Duration.ZERO, List.of(Pause.open(sundayNight.minusSeconds(5))))
                    .due()).isEqualTo(sundayNight);
        }

        @Test
        void overnightWorkWrittenAsTwoWindowsRunsThroughMidnight() {
            BusinessCalendar nights = BusinessCalendar.builder().zone("Europe/Berlin")
                    .weekly(MONDAY, List.of(w("22:00", "24:00")))
                    .weekly(TUESDAY, List.of(w("00:00", "06:00"))).build();
            assertThat(nights.due(at("2026-01-05T23:00:00+01:00"), Duration.ofHours(3)).due())
                    .isEqualTo(at("2026-01-06T02:00:00+01:00"));
            assertThat(nights.elapsed(at("2026-01-05T00:00:00+01:00"), at("2026-01-07T00:00:00+01:00")))
                    .isEqualTo(Duration.ofHours(8));
        }

        @Test
        void multiWeekTargetsLandOnTheLastClosingTime() {
            // 10 working days of 7.5 h = 75 h: from Monday 09:00 to the Friday after next at 18:00
            assertThat(shanghai.due(at("2026-01-05T09:00:00+08:00"), Duration.ofHours(75)).due())
                    .isEqualTo(at("2026-01-16T18:00:00+08:00"));
            // 30 working days with Tuesday 2026-01-20 off: the 30th is Monday 2026-02-16
            BusinessCalendar withHoliday = splitShifts("Asia/Shanghai").holiday(LocalDate.of(2026, 1, 20), "").build();
            assertThat(withHoliday.due(at("2026-01-05T09:00:00+08:00"), Duration.ofMinutes(30 * 450)).due())
                    .isEqualTo(at("2026-02-16T18:00:00+08:00"));
        }

        @Test
        void subSecondInstantsAreExact() {
            Instant start = at("2026-01-05T11:59:59.999999999+08:00");
            assertThat(shanghai.due(start, Duration.ofNanos(2)).due())
                    .isEqualTo(at("2026-01-05T13:30:00.000000001+08:00"));
            assertThat(shanghai.elapsed(start, at("2026-01-05T13:30:00.5+08:00")))
                    .isEqualTo(Duration.ofMillis(500).plusNanos(1));
        }
    }

    @Nested
    class HolidaysAndSpecialDays {

        @Test
        void aStartOnAHolidayWaitsForTheNextWorkingDay() {
            BusinessCalendar c = splitShifts("Asia/Shanghai").holiday(LocalDate.of(2026, 1, 5), "").build();
            assertThat(c.due(at("2026-01-05T10:00:00+08:00"), Duration.ofHours(1)).due())
                    .isEqualTo(at("2026-01-06T10:00:00+08:00"));
        }

        @Test
        void aSpecialDayReplacesTheWeekdayAndWinsOverAHoliday() {
            LocalDate saturday = LocalDate.of(2026, 1, 10);
            LocalDate friday = LocalDate.of(2026, 1, 9);
            BusinessCalendar c = splitShifts("Asia/Shanghai")
                    .specialDay(saturday, "make-up workday", List.of(w("09:00", "18:00")))
                    .specialDay(friday, "half day", List.of(w("09:00", "12:00")))
                    .holiday(friday, "also a holiday").build();
            assertThat(c.windowsOn(friday)).containsExactly(w("09:00", "12:00"));
            assertThat(c.windowsOn(saturday)).containsExactly(w("09:00", "18:00"));
            assertThat(c.windowsOn(LocalDate.of(2026, 1, 11))).isEmpty();
            // Friday 11:00 + 2 h: one hour on the half day, one on the make-up Saturday
            assertThat(c.due(at("2026-01-09T11:00:00+08:00"), Duration.ofHours(2)).due())
                    .isEqualTo(at("2026-01-10T10:00:00+08:00"));
        }

        @Test
        void yearEndWithNewYearsDayOff() {
            BusinessCalendar c = splitShifts("Europe/Berlin").holiday(LocalDate.of(2027, 1, 1), "Neujahr").build();
            // Thursday 2026-12-31 17:00 + 2 h: 1 h that evening, Friday is a holiday, Monday 2027-01-04 10:00
            assertThat(c.due(at("2026-12-31T17:00:00+01:00"), Duration.ofHours(2)).due())
                    .isEqualTo(at("2027-01-04T10:00:00+01:00"));
            assertThat(c.elapsed(at("2026-12-31T00:00:00+01:00"), at("2027-01-05T00:00:00+01:00")))
                    .isEqualTo(Duration.ofMinutes(2 * 450));
        }

        @Test
        void leapDayIsAnOrdinaryDateWithItsOwnRules() {
            BusinessCalendar allDay = BusinessCalendar.twentyFourSeven(ZoneId.of("UTC"));
            assertThat(allDay.elapsed(at("2028-02-28T00:00:00Z"), at("2028-03-01T00:00:00Z")))
                    .isEqualTo(Duration.ofHours(48));
            BusinessCalendar c = splitShifts("UTC")
                    .specialDay(LocalDate.of(2028, 2, 29), "", List.of(w("10:00", "11:00"))).build();
            // Monday 28th 17:00 + 2 h: 1 h on the 28th, 1 h (all there is) on Tuesday the 29th
            assertThat(c.due(at("2028-02-28T17:00:00Z"), Duration.ofHours(2)).due())
                    .isEqualTo(at("2028-02-29T11:00:00Z"));
            assertThat(c.due(at("2028-02-28T17:00:00Z"), Duration.ofHours(2).plusMinutes(1)).due())
                    .isEqualTo(at("2028-03-01T09:01:00Z"));
        }

        @Test
        void aCalendarWithoutWorkingTimeNeverFallsDue() {
            BusinessCalendar never = BusinessCalendar.builder().zone("UTC")
                    .specialDay(LocalDate.of(2026, 6, 1), "", List.of(w("09:00", "10:00"))).build();
            assertThat(never.due(at("2026-05-01T00:00:00Z"), Duration.ofMinutes(30)).due())
                    .isEqualTo(at("2026-06-01T09:30:00Z"));
            assertThat(never.due(at("2026-05-01T00:00:00Z"), Duration.ofHours(2)).outcome())
                    .isEqualTo(DueResult.Outcome.NO_WORKING_TIME);
        }
    }

    @Nested
    class DaylightSavingTime {
        // Europe/Berlin: 2026-03-29 02:00 CET -> 03:00 CEST; 2026-10-25 03:00 CEST -> 02:00 CET
        // America/New_York: 2026-11-01 02:00 EDT -> 01:00 EST

        @Test
        void localTimesSkippedBySpringForwardAreNeverBusinessTime() {
            BusinessCalendar c = sameEveryDay("Europe/Berlin", w("01:00", "04:00"));
            // 01:00-02:00 CET and 03:00-04:00 CEST: two real hours
            assertThat(c.elapsed(at("2026-03-29T00:00:00+01:00"), at("2026-03-30T00:00:00+02:00")))
                    .isEqualTo(Duration.ofHours(2));
            BusinessCalendar gapOnly = sameEveryDay("Europe/Berlin", w("02:00", "03:00"));
            assertThat(gapOnly.elapsed(at("2026-03-29T00:00:00+01:00"), at("2026-03-30T00:00:00+02:00")))
                    .isZero();
            // one hour from 01:30: half an hour before the gap, half an hour after it
            assertThat(c.due(at("2026-03-29T01:30:00+01:00"), Duration.ofHours(1)).due())
                    .isEqualTo(at("2026-03-29T03:30:00+02:00"));
        }

        @Test
        void aWindowWhoseEndIsSkippedEndsAtTheTransition() {
            BusinessCalendar c = sameEveryDay("Europe/Berlin", w("00:00", "02:30"));
            assertThat(c.elapsed(at("2026-03-29T00:00:00+01:00"), at("2026-03-30T00:00:00+02:00")))
                    .isEqualTo(Duration.ofHours(2));
            // used up exactly as the clocks jump: due at the transition instant, 03:00 CEST
            assertThat(c.due(at("2026-03-29T00:00:00+01:00"), Duration.ofHours(2)).due())
                    .isEqualTo(at("2026-03-29T03:00:00+02:00"));
            assertThat(c.due(at("2026-03-29T00:00:00+01:00"), Duration.ofHours(2).plusMinutes(1)).due())
                    .isEqualTo(at("2026-03-30T00:01:00+02:00"));
        }

        @Test
        void localTimesRepeatedByFallBackCountTwice() {
            BusinessCalendar c = sameEveryDay("America/New_York", w("00:00", "03:00"));
            // 00:00-02:00 EDT, then 01:00-03:00 EST: four real hours in a three-hour-wide window
            assertThat(c.elapsed(at("2026-11-01T00:00:00-04:00"), at("2026-11-02T00:00:00-05:00")))
                    .isEqualTo(Duration.ofHours(4));
            BusinessCalendar repeated = sameEveryDay("America/New_York", w("01:00", "01:30"));
            assertThat(repeated.elapsed(at("2026-11-01T00:00:00-04:00"), at("2026-11-02T00:00:00-05:00")))
                    .isEqualTo(Duration.ofHours(1));
            assertThat(repeated.due(at("2026-11-01T00:00:00-04:00"), Duration.ofMinutes(40)).due())
                    .isEqualTo(at("2026-11-01T01:10:00-05:00"));
        }

        @Test
        void aWindowEndingInsideTheRepeatedHourIsOpenOnBothPasses() {
            BusinessCalendar c = sameEveryDay("America/New_York", w("00:00", "01:30"));
            // 00:00-01:30 EDT (90 min) and 01:00-01:30 EST (30 min)
            assertThat(c.elapsed(at("2026-11-01T00:00:00-04:00"), at("2026-11-02T00:00:00-05:00")))
                    .isEqualTo(Duration.ofMinutes(120));
            assertThat(c.due(at("2026-11-01T00:00:00-04:00"), Duration.ofMinutes(90)).due())
                    .isEqualTo(at("2026-11-01T01:30:00-04:00"));
            assertThat(c.due(at("2026-11-01T00:00:00-04:00"), Duration.ofMinutes(100)).due())
                    .isEqualTo(at("2026-11-01T01:10:00-05:00"));
            assertThat(c.due(at("2026-11-01T00:00:00-04:00"), Duration.ofMinutes(120)).due())
                    .isEqualTo(at("2026-11-01T01:30:00-05:00"));
        }

        @Test
        void aTwentyFourSevenCalendarCountsRealHoursOnTransitionDays() {
            BusinessCalendar c = BusinessCalendar.twentyFourSeven(ZoneId.of("Europe/Berlin"));
            assertThat(c.elapsed(at("2026-03-29T00:00:00+01:00"), at("2026-03-30T00:00:00+02:00")))
                    .isEqualTo(Duration.ofHours(23));
            assertThat(c.elapsed(at("2026-10-25T00:00:00+02:00"), at("2026-10-26T00:00:00+01:00")))
                    .isEqualTo(Duration.ofHours(25));
            Instant start = at("2026-10-24T12:34:56.789+02:00");
            assertThat(c.due(start, Duration.ofDays(3)).due()).isEqualTo(start.plus(Duration.ofDays(3)));
        }

        @Test
        void aSkippedCalendarDayHasNoBusinessTime() {
            // Samoa moved across the date line: 2011-12-30 does not exist in Pacific/Apia
            BusinessCalendar c = BusinessCalendar.twentyFourSeven(ZoneId.of("Pacific/Apia"));
            assertThat(c.elapsed(at("2011-12-29T00:00:00-10:00"), at("2011-12-31T00:00:00+14:00")))
                    .isEqualTo(Duration.ofHours(24));
        }

        @Test
        void aMidnightSpringForwardStartsTheDayAtOne() {
            // America/Sao_Paulo 2018-11-04: 00:00 -> 01:00
            BusinessCalendar c = sameEveryDay("America/Sao_Paulo", w("00:00", "08:00"));
            assertThat(c.elapsed(at("2018-11-04T00:00:00-03:00"), at("2018-11-05T00:00:00-02:00")))
                    .isEqualTo(Duration.ofHours(7));
        }
    }

    @Nested
    class Pauses {
        final BusinessCalendar utc = splitShifts("UTC").build();

        @Test
        void aClosedPauseStopsTheClockOnlyWhileItLasts() {
            Instant start = at("2026-01-05T09:00:00Z");
            List<Pause> pauses = List.of(Pause.between(at("2026-01-05T10:00:00Z"), at("2026-01-05T14:00:00Z")));
            // 1 h before the pause, the rest of the morning is paused, 30 min of the afternoon too
            assertThat(utc.due(start, Duration.ofHours(2), pauses).due()).isEqualTo(at("2026-01-05T15:00:00Z"));
            assertThat(utc.elapsed(start, at("2026-01-05T18:00:00Z"), pauses)).isEqualTo(Duration.ofHours(5));
        }

        @Test
        void overlappingPausesArePausedOnce() {
            List<Pause> pauses = List.of(
                    Pause.between(at("2026-01-05T10:00:00Z"), at("2026-01-05T11:00:00Z")),
                    Pause.between(at("2026-01-05T10:30:00Z"), at("2026-01-05T11:30:00Z")));
            assertThat(utc.elapsed(at("2026-01-05T09:00:00Z"), at("2026-01-05T12:00:00Z"), pauses))
                    .isEqualTo(Duration.ofMinutes(90));
        }

        @Test
        void anOpenPauseReachedBeforeTheTargetMeansNoDueInstant() {
            Instant start = at("2026-01-05T09:00:00Z");
            DueResult r = utc.due(start, Duration.ofHours(2), List.of(Pause.open(at("2026-01-05T10:00:00Z"))));
            assertThat(r.due()).isNull();
            assertThat(r.outcome()).isEqualTo(DueResult.Outcome.PAUSED_INDEFINITELY);
            // used up exactly when the open pause begins: still due
            assertThat(utc.due(start, Duration.ofHours(1), List.of(Pause.open(at("2026-01-05T10:00:00Z")))).due())
                    .isEqualTo(at("2026-01-05T10:00:00Z"));
            // an open pause outside working time that starts after the due instant changes nothing
            assertThat(utc.due(start, Duration.ofHours(3), List.of(Pause.open(at("2026-01-05T12:30:00Z")))).due())
                    .isEqualTo(at("2026-01-05T12:00:00Z"));
        }

        @Test
        void aPauseBeforeTheStartIsIrrelevant() {
            Instant start = at("2026-01-05T09:00:00Z");
            List<Pause> earlier = List.of(Pause.between(at("2026-01-01T00:00:00Z"), start));
            assertThat(utc.due(start, Duration.ofHours(1), earlier).due()).isEqualTo(at("2026-01-05T10:00:00Z"));
        }
    }

    @Nested
    class Definitions {

        @Test
        void overlappingWindowsUnknownZonesAndDuplicateDatesAreRejectedTogether() {
            BusinessCalendar.Builder b = BusinessCalendar.builder().zone("Mars/Olympus_Mons")
                    .weekly(MONDAY, List.of(w("09:00", "12:00"), w("11:00", "13:00")))
                    .holiday(LocalDate.of(2026, 1, 1), "").holiday(LocalDate.of(2026, 1, 1), "again")
                    .specialDay(LocalDate.of(2026, 1, 3), "", List.of());
            try {
                b.build();
                throw new AssertionError("accepted");
            } catch (InvalidCalendarException e) {
                assertThat(e.violations()).extracting(CalendarViolation::field, CalendarViolation::code)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("timeZone", "unknown-zone"),
                                org.assertj.core.groups.Tuple.tuple("weekly.monday[1]", "window-overlap"),
                                org.assertj.core.groups.Tuple.tuple("holidays[1].date", "duplicate-date"),
                                org.assertj.core.groups.Tuple.tuple("specialDays[0].windows", "required"));
            }
        }

        @Test
        void windowsAreHalfOpenAndMayEndAt2400() {
            assertThat(w("13:30", "24:00").endsAtEndOfDay()).isTrue();
            assertThat(w("09:00", "12:00").overlaps(w("12:00", "13:00"))).isFalse();
            assertThat(w("09:00:30", "09:00:45").endSecond() - w("09:00:30", "09:00:45").startSecond()).isEqualTo(15);
            for (String[] bad : new String[][]{{"12:00", "12:00"}, {"13:00", "12:00"}, {"24:00", "24:00"},
                    {"9:00", "10:00"}, {"09:60", "10:00"}, {"09:00", "24:01"}, {"x", "10:00"}}) {
                try {
                    WorkingWindow.parse(bad[0], bad[1]);
                    throw new AssertionError("accepted " + String.join("-", bad));
                } catch (InvalidCalendarException expected) {
                    assertThat(expected.violations()).hasSize(1);
                }
            }
        }

        @Test
        void touchingWindowsBehaveAsOne() {
            BusinessCalendar c = sameEveryDay("UTC", w("09:00", "12:00"), w("12:00", "13:00"));
            assertThat(c.due(at("2026-01-05T09:00:00Z"), Duration.ofHours(4)).due())
                    .isEqualTo(at("2026-01-05T13:00:00Z"));
        }

        @Test
        void questionsOutsideTheSupportedRangeAreRejected() {
            BusinessCalendar c = BusinessCalendar.twentyFourSeven(ZoneId.of("UTC"));
            try {
                c.due(at("1899-12-31T23:59:59Z"), Duration.ofDays(-1), List.of(Pause.open(at("2300-01-01T00:00:00Z"))));
                throw new AssertionError("accepted");
            } catch (InvalidCalendarException e) {
                assertThat(e.violations()).extracting(CalendarViolation::field)
                        .containsExactly("start", "target", "pauses[0].from");
            }
            try {
                c.elapsed(at("2026-01-02T00:00:00Z"), at("2026-01-01T00:00:00Z"), List.of());
                throw new AssertionError("accepted");
            } catch (InvalidCalendarException e) {
                assertThat(e.violations()).extracting(CalendarViolation::code).containsExactly("end-before-start");
            }
        }

        @Test
        void weekendOnlyCalendarsSkipTheWeek() {
            BusinessCalendar weekend = BusinessCalendar.builder().zone("UTC")
                    .weekly(SATURDAY, List.of(WorkingWindow.ALL_DAY))
                    .weekly(SUNDAY, List.of(WorkingWindow.ALL_DAY)).build();
            assertThat(weekend.due(at("2026-01-05T00:00:00Z"), Duration.ofHours(49)).due())
                    .isEqualTo(at("2026-01-17T01:00:00Z"));
        }
    }
}
