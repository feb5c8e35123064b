package io.tessera.platform.sla.calendar.bench;

import io.tessera.platform.sla.calendar.BusinessCalendar;
import io.tessera.platform.sla.calendar.Pause;
import io.tessera.platform.sla.calendar.WorkingWindow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * {@code due} over a Europe/Berlin office calendar (Mon–Fri 09:00–12:00 and 13:30–18:00, two DST transitions) with a
 * year of holidays and make-up days, from starts spread over that year. Run with {@code -Pbenchmark}; see
 * docs/benchmarks.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DueBenchmark {

    private static final int N = 4096;

    private BusinessCalendar calendar;
    private final Instant[] starts = new Instant[N];
    private final Duration[] typicalTargets = new Duration[N];
    private final List<Pause> pauses = List.of();
    private int i;

    @Setup
    public void setUp() {
        BusinessCalendar.Builder b = BusinessCalendar.builder().zone("Europe/Berlin");
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            b.weekly(d, List.of(WorkingWindow.parse("09:00", "12:00"), WorkingWindow.parse("13:30", "18:00")));
        }
        for (String h : List.of("2026-01-01", "2026-01-06", "2026-04-03", "2026-04-06", "2026-05-01", "2026-05-14",
                "2026-05-25", "2026-06-04", "2026-08-15", "2026-10-03", "2026-11-01", "2026-12-24", "2026-12-25",
                "2026-12-26", "2026-12-31", "2027-01-01")) {
            b.holiday(LocalDate.parse(h), "holiday");
        }
        b.specialDay(LocalDate.parse("2026-12-23"), "half day", List.of(WorkingWindow.parse("09:00", "12:00")));
        b.specialDay(LocalDate.parse("2026-10-10"), "make-up Saturday", List.of(WorkingWindow.parse("09:00", "18:00")));
        calendar = b.build();

        SplittableRandom random = new SplittableRandom(42);
        Instant yearStart = LocalDate.of(2026, 1, 1).atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant();
        // typical SLA targets: 30 min response, 4 h, one working day (7.5 h), three working days
        Duration[] typical = {Duration.ofMinutes(30), Duration.ofHours(4), Duration.ofMinutes(450),
                Duration.ofMinutes(3 * 450)};
        for (int k = 0; k < N; k++) {
            starts[k] = yearStart.plusSeconds(random.nextLong(365L * 86_400));
            typicalTargets[k] = typical[random.nextInt(typical.length)];
        }
    }

    private int next() {
        i = (i + 1) & (N - 1);
        return i;
    }

    @Benchmark
    public Instant dueTypicalTarget() {
        int k = next();
        return calendar.due(starts[k], typicalTargets[k], pauses).due();
    }

    @Benchmark
    public Instant dueFourHours() {
        return calendar.due(starts[next()], Duration.ofHours(4), pauses).due();
    }

    @Benchmark
    public Instant dueTwentyWorkingDays() {
        return calendar.due(starts[next()], Duration.ofMinutes(20 * 450), pauses).due();
    }

    @Benchmark
    public Duration elapsedOneWeek() {
        int k = next();
        return calendar.elapsed(starts[k], starts[k].plus(Duration.ofDays(7)), pauses);
    }
}
