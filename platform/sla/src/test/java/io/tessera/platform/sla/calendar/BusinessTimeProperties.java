package io.tessera.platform.sla.calendar;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code due} and {@code elapsed} against the minute-by-minute oracle over random calendars (zones with DST,
 * holidays, special days, split shifts) and pauses; then laws that must hold for arbitrary, sub-second instants.
 */
class BusinessTimeProperties {

    private static final Duration ORACLE_REACH = Duration.ofDays(45);

    record Question(CalendarArbitraries.Scenario scenario, Instant start, long target, List<Pause> pauses) {
        @Override
        public String toString() {
            return scenario.calendar() + "\n start " + start + " (" + start.atZone(scenario.zone()) + "), target "
                    + target + " min, pauses " + pauses;
        }
    }

    record Span(CalendarArbitraries.Scenario scenario, Instant from, Instant to, List<Pause> pauses) {
        @Override
        public String toString() {
            return scenario.calendar() + "\n [" + from.atZone(scenario.zone()) + ", " + to.atZone(scenario.zone())
                    + "), pauses " + pauses;
        }
    }

    @Provide
    Arbitrary<Question> dueQuestions() {
        return CalendarArbitraries.scenarios().flatMap(s -> CalendarArbitraries.minuteNear(s).flatMap(start ->
                Combinators.combine(CalendarArbitraries.targetMinutes(), CalendarArbitraries.pausesNear(start))
                        .as((target, pauses) -> new Question(s, start, target, pauses))));
    }

    @Provide
    Arbitrary<Span> spans() {
        return CalendarArbitraries.scenarios().flatMap(s -> CalendarArbitraries.minuteNear(s).flatMap(from ->
                Combinators.combine(Arbitraries.integers().between(0, 20 * 1440),
                                CalendarArbitraries.pausesNear(from))
                        .as((length, pauses) -> new Span(s, from, from.plus(Duration.ofMinutes(length)), pauses))));
    }

    @Property(tries = 1500)
    void dueMatchesTheMinuteOracle(@ForAll("dueQuestions") Question q) {
        BusinessCalendar calendar = q.scenario().calendar();
        MinuteOracle oracle = new MinuteOracle(calendar);
        Instant giveUp = q.start().plus(ORACLE_REACH);
        MinuteOracle.Answer expected = oracle.due(q.start(), q.target(), q.pauses(), giveUp);
        DueResult actual = calendar.due(q.start(), Duration.ofMinutes(q.target()), q.pauses());
        if (expected.gaveUp()) {
            // nothing within the oracle's reach: the engine must not find anything before it either
            actual.instant().ifPresent(due -> assertThat(due).as(q.toString()).isAfterOrEqualTo(giveUp));
        } else if (expected.never()) {
            // the oracle only knows "an open pause was reached"; the engine may name the lack of working time instead
            assertThat(actual.outcome()).as(q.toString()).isNotEqualTo(DueResult.Outcome.DUE);
        } else {
            assertThat(actual.due()).as(q.toString()).isEqualTo(expected.due().orElseThrow());
        }
    }

    @Property(tries = 1000)
    void elapsedMatchesTheMinuteOracle(@ForAll("spans") Span s) {
        BusinessCalendar calendar = s.scenario().calendar();
        long expected = new MinuteOracle(calendar).elapsedMinutes(s.from(), s.to(), s.pauses());
        assertThat(calendar.elapsed(s.from(), s.to(), s.pauses())).as(s.toString())
                .isEqualTo(Duration.ofMinutes(expected));
    }

    // --- laws for arbitrary instants (nanoseconds, not on minutes) ---

    @Provide
    Arbitrary<Tuple.Tuple4<BusinessCalendar, Instant, Duration, List<Pause>>> nanoQuestions() {
        return CalendarArbitraries.scenarios().flatMap(s -> {
            Instant base = s.around().atStartOfDay(s.zone()).toInstant();
            Arbitrary<Instant> start = Arbitraries.longs().between(-3 * 86_400_000_000_000L, 4 * 86_400_000_000_000L)
                    .map(base::plusNanos);
            Arbitrary<Duration> target = Arbitraries.longs().between(0, 50 * 3_600_000_000_000L).map(Duration::ofNanos);
            return Combinators.combine(start, target).flatAs((st, t) ->
                    CalendarArbitraries.pausesNear(st).map(p -> Tuple.of(s.calendar(), st, t, p)));
        });
    }

    @Property(tries = 1000)
    void theDueInstantIsTheEarliestAtWhichTheTargetIsUsedUp(
            @ForAll("nanoQuestions") Tuple.Tuple4<BusinessCalendar, Instant, Duration, List<Pause>> q) {
        BusinessCalendar calendar = q.get1();
        DueResult result = calendar.due(q.get2(), q.get3(), q.get4());
        if (result.outcome() == DueResult.Outcome.PAUSED_INDEFINITELY) {
            assertThat(q.get4()).as(q.toString()).anyMatch(Pause::isOpen);
            return;
        }
        if (result.outcome() == DueResult.Outcome.NO_WORKING_TIME) {
            assertThat(calendar.weekly().values()).as(q.toString()).allMatch(List::isEmpty);
            return;
        }
        Instant due = result.due();
        assertThat(due).isAfterOrEqualTo(q.get2());
        assertThat(calendar.elapsed(q.get2(), due, q.get4())).as(q.toString()).isEqualTo(q.get3());
        if (!q.get3().isZero()) {
            assertThat(calendar.elapsed(q.get2(), due.minusNanos(1), q.get4())).as(q.toString())
                    .isLessThan(q.get3());
        }
    }

    @Property(tries = 1000)
    void elapsedIsAdditive(@ForAll("nanoQuestions") Tuple.Tuple4<BusinessCalendar, Instant, Duration, List<Pause>> q,
                           @ForAll("splits") long firstPart, @ForAll("splits") long secondPart) {
        Instant a = q.get2();
        Instant b = a.plusNanos(firstPart);
        Instant c = b.plusNanos(secondPart);
        BusinessCalendar calendar = q.get1();
        assertThat(calendar.elapsed(a, b, q.get4()).plus(calendar.elapsed(b, c, q.get4())))
                .isEqualTo(calendar.elapsed(a, c, q.get4()));
        assertThat(calendar.elapsed(a, c, q.get4())).isLessThanOrEqualTo(Duration.between(a, c));
    }

    @Provide
    Arbitrary<Long> splits() {
        return Arbitraries.longs().between(0, 6 * 86_400_000_000_000L);
    }

    @Property(tries = 500)
    void pausingNeverMakesADueInstantEarlier(@ForAll("dueQuestions") Question q) {
        BusinessCalendar calendar = q.scenario().calendar();
        Duration target = Duration.ofMinutes(q.target());
        DueResult unpaused = calendar.due(q.start(), target, List.of());
        DueResult paused = calendar.due(q.start(), target, q.pauses());
        if (paused.outcome() == DueResult.Outcome.DUE) {
            assertThat(unpaused.due()).isBeforeOrEqualTo(paused.due());
        }
    }
}
