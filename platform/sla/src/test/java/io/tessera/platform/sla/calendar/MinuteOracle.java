package io.tessera.platform.sla.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The semantics, read literally and computed the slow way: walk the instants minute by minute, convert each to a
 * {@link ZonedDateTime} in the calendar's zone and ask whether that local time falls in one of its local date's
 * windows. Shares nothing with the engine but the calendar's definition (zone, weekly windows, holidays, special
 * days as given). Exact only when everything — windows, offsets, transitions, starts, pauses — lies on whole
 * minutes, which the generators ensure.
 */
final class MinuteOracle {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final ZoneId zone;
    private final Map<DayOfWeek, List<WorkingWindow>> weekly;
    private final Set<LocalDate> holidays = new HashSet<>();
    private final Map<LocalDate, List<WorkingWindow>> specialDays = new HashMap<>();

    MinuteOracle(BusinessCalendar calendar) {
        this.zone = calendar.zone();
        this.weekly = calendar.weekly();
        calendar.holidays().forEach(h -> holidays.add(h.date()));
        calendar.specialDays().forEach(s -> specialDays.put(s.date(), s.windows()));
    }

    /** Whether the minute starting at {@code m} is business time. */
    boolean isBusiness(Instant m) {
        ZonedDateTime local = m.atZone(zone);
        LocalDate date = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        List<WorkingWindow> windows;
        if (specialDays.containsKey(date)) {
            windows = specialDays.get(date);
        } else if (holidays.contains(date)) {
            windows = List.of();
        } else {
            windows = weekly.get(date.getDayOfWeek());
        }
        for (WorkingWindow w : windows) {
            boolean afterStart = !time.isBefore(w.start());
            boolean beforeEnd = w.endsAtEndOfDay() || time.isBefore(w.endOrNull());
            if (afterStart && beforeEnd) {
                return true;
            }
        }
        return false;
    }

    static boolean paused(Instant m, List<Pause> pauses) {
        for (Pause p : pauses) {
            if (!m.isBefore(p.from()) && (p.isOpen() || m.isBefore(p.to()))) {
                return true;
            }
        }
        return false;
    }

    static boolean inOpenPause(Instant m, List<Pause> pauses) {
        for (Pause p : pauses) {
            if (p.isOpen() && !m.isBefore(p.from())) {
                return true;
            }
        }
        return false;
    }

    /** Business minutes in {@code [from, to)} that no pause covers. */
    long elapsedMinutes(Instant from, Instant to, List<Pause> pauses) {
        long n = 0;
        for (Instant m = from; m.isBefore(to); m = m.plus(MINUTE)) {
            if (isBusiness(m) && !paused(m, pauses)) {
                n++;
            }
        }
        return n;
    }

    /** The result the oracle can give: a due instant, never, or "not within the search limit". */
    record Answer(Optional<Instant> due, boolean never, boolean gaveUp) {
    }

    /** Counts unpaused business minutes from {@code start}; due at the end of the minute that completes the target. */
    Answer due(Instant start, long targetMinutes, List<Pause> pauses, Instant giveUpAt) {
        if (targetMinutes == 0) {
            return new Answer(Optional.of(start), false, false);
        }
        long count = 0;
        for (Instant m = start; m.isBefore(giveUpAt); m = m.plus(MINUTE)) {
            boolean paused = paused(m, pauses);
            if (paused && inOpenPause(m, pauses)) {
                return new Answer(Optional.empty(), true, false);
            }
            if (!paused && isBusiness(m) && ++count == targetMinutes) {
                return new Answer(Optional.of(m.plus(MINUTE)), false, false);
            }
        }
        return new Answer(Optional.empty(), false, true);
    }
}
