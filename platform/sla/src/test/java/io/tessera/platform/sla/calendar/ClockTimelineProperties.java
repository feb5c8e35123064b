package io.tessera.platform.sla.calendar;

import io.tessera.platform.sla.clock.ClockSpec;
import io.tessera.platform.sla.clock.ClockTimeline;
import io.tessera.platform.sla.clock.PausedSpan;
import io.tessera.platform.sla.clock.Segment;
import io.tessera.platform.sla.clock.SegmentKind;
import io.tessera.platform.sla.clock.SlaClocks;
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
 * The explained timeline agrees with the arithmetic on random calendars (gaps, folds, holidays, special days) and
 * pauses: it covers the span without holes, its counted segments add up to {@code elapsed}, what it calls counted is
 * business time outside every pause, and what it calls outside hours, holiday or non-working has no business time.
 */
class ClockTimelineProperties {

    @Provide
    Arbitrary<Tuple.Tuple4<BusinessCalendar, Instant, Instant, List<Pause>>> spans() {
        return CalendarArbitraries.scenarios().flatMap(s -> Combinators.combine(CalendarArbitraries.minuteNear(s),
                        Arbitraries.integers().between(0, 6 * 1440))
                .flatAs((from, minutes) -> CalendarArbitraries.pausesNear(from)
                        .map(p -> Tuple.of(s.calendar(), from, from.plus(Duration.ofMinutes(minutes)), p))));
    }

    @Property(tries = 600)
    void theTimelineAgreesWithElapsed(@ForAll("spans") Tuple.Tuple4<BusinessCalendar, Instant, Instant, List<Pause>> q) {
        BusinessCalendar calendar = q.get1();
        List<PausedSpan> pauses = q.get4().stream().map(p -> new PausedSpan(p.from(), p.to(), "on_hold")).toList();
        List<Segment> timeline = ClockTimeline.explain(calendar, q.get2(), q.get3(), pauses);
        Instant t = q.get2();
        Duration counted = Duration.ZERO;
        for (Segment s : timeline) {
            assertThat(s.from()).as(q.toString()).isEqualTo(t);
            assertThat(s.to()).as(q.toString()).isAfter(s.from());
            t = s.to();
            Duration business = calendar.elapsed(s.from(), s.to());
            if (s.counted()) {
                counted = counted.plus(s.length());
                assertThat(business).as(q + " " + s).isEqualTo(s.length());
                assertThat(calendar.elapsed(s.from(), s.to(), q.get4())).as(q + " " + s).isEqualTo(s.length());
            } else if (s.kind() == SegmentKind.PAUSED) {
                assertThat(calendar.elapsed(s.from(), s.to(), q.get4())).as(q + " " + s).isZero();
            } else {
                assertThat(business).as(q + " " + s).isZero();
            }
        }
        assertThat(t).isEqualTo(q.get3());
        assertThat(counted).as(q.toString()).isEqualTo(calendar.elapsed(q.get2(), q.get3(), q.get4()));
        assertThat(SlaClocks.read(calendar, new ClockSpec(q.get2(), q.get3(), Duration.ofHours(8), pauses),
                q.get3()).elapsed()).isEqualTo(counted);
    }
}
