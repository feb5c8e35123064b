package io.tessera.platform.sla.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The span business time is computed over. Arithmetic is exact to the nanosecond on a {@code long} count of
 * nanoseconds since the epoch, which is what bounds it.
 */
public final class BusinessTimeRange {

    /** Earliest instant accepted as a start, end or pause boundary. */
    public static final Instant MIN_INSTANT = LocalDate.of(1900, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    /** Instants accepted as input end before this one. */
    public static final Instant MAX_INSTANT = LocalDate.of(2200, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    /** A due instant is searched for up to here; past it the question has no answer in range. */
    public static final Instant HORIZON = LocalDate.of(2250, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    /** Longest target accepted: 100 years of business time. */
    public static final Duration MAX_TARGET = Duration.ofDays(36_500);
    /** Holidays and special days must lie within these dates. */
    public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX_DATE = LocalDate.of(2199, 12, 31);

    private BusinessTimeRange() {
    }

    public static boolean contains(Instant instant) {
        return !instant.isBefore(MIN_INSTANT) && instant.isBefore(MAX_INSTANT);
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(MIN_DATE) && !date.isAfter(MAX_DATE);
    }

    static long nanos(Instant i) {
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
