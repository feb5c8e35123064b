package io.tessera.platform.sla.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.tessera.platform.sla.api.CalendarDtos.CalendarInput;
import io.tessera.platform.sla.api.CalendarDtos.HolidayEntry;
import io.tessera.platform.sla.api.CalendarDtos.PauseEntry;
import io.tessera.platform.sla.api.CalendarDtos.SpecialDayEntry;
import io.tessera.platform.sla.api.CalendarDtos.Window;
import io.tessera.platform.sla.calendar.BusinessCalendar;
import io.tessera.platform.sla.calendar.BusinessTimeRange;
import io.tessera.platform.sla.calendar.CalendarViolation;
import io.tessera.platform.sla.calendar.InvalidCalendarException;
import io.tessera.platform.sla.calendar.Pause;
import io.tessera.platform.sla.calendar.WorkingWindow;
import io.tessera.platform.web.ApiException;
import io.tessera.platform.web.ProblemFactory;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the API's strings into the calendar library's values, collecting every problem with its field; the
 * library's own checks (overlaps, zones, duplicate dates, ranges) come back the same way. Nothing half-parsed ever
 * reaches a service.
 */
final class CalendarInputParser {

    /**
     * ISO-8601 local date-time with a mandatory offset: {@code Z}, {@code +08:00}, {@code +0800} or {@code +08}
     * (case-insensitive {@code T}/{@code Z}); a date-time without an offset names no instant and is refused.
     */
    static final DateTimeFormatter INSTANT = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendPattern("[XXXXX][XXXX][X]").toFormatter();

    private final Locale locale;
    private final List<CalendarViolation> problems = new ArrayList<>();

    CalendarInputParser(Locale locale) {
        this.locale = locale;
    }

    BusinessCalendar calendar(CalendarInput in) {
        BusinessCalendar.Builder b = BusinessCalendar.builder().zone(in.timeZone() == null ? null : in.timeZone().strip());
        Set<DayOfWeek> seen = EnumSet.noneOf(DayOfWeek.class);
        Map<String, List<Window>> weekly = in.weekly() == null ? Map.of() : in.weekly();
        for (Map.Entry<String, List<Window>> e : weekly.entrySet()) {
            String field = "weekly." + e.getKey();
            DayOfWeek day;
            try {
                day = DayOfWeek.valueOf(e.getKey().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                problems.add(CalendarViolation.of(field, "unknown-weekday"));
                continue;
            }
            if (!seen.add(day)) {
                problems.add(CalendarViolation.of(field, "duplicate-weekday"));
                continue;
            }
            b.weekly(day, windows(e.getValue(), field));
        }
        List<HolidayEntry> holidays = in.holidays() == null ? List.of() : in.holidays();
        for (int i = 0; i < holidays.size(); i++) {
            HolidayEntry h = holidays.get(i);
            LocalDate date = h == null ? missing("holidays[" + i + "]") : date(h.date(), "holidays[" + i + "].date");
            if (date != null) {
                b.holiday(date, h.name());
            }
        }
        List<SpecialDayEntry> specials = in.specialDays() == null ? List.of() : in.specialDays();
        for (int i = 0; i < specials.size(); i++) {
            SpecialDayEntry s = specials.get(i);
            String field = "specialDays[" + i + "]";
            LocalDate date = s == null ? missing(field) : date(s.date(), field + ".date");
            if (date != null) {
                b.specialDay(date, s.name(), windows(s.windows(), field + ".windows"));
            }
        }
        failIfProblems();
        try {
            return b.build();
        } catch (InvalidCalendarException e) {
            problems.addAll(e.violations());
            throw failure();
        }
    }

    private List<WorkingWindow> windows(List<Window> given, String field) {
        List<WorkingWindow> windows = new ArrayList<>();
        if (given == null) {
            return windows;
        }
        for (int i = 0; i < given.size(); i++) {
            Window w = given.get(i);
            String at = field + "[" + i + "]";
            if (w == null || w.start() == null || w.end() == null) {
                problems.add(CalendarViolation.of(at, "required"));
                continue;
            }
            try {
                windows.add(WorkingWindow.parse(w.start(), w.end()));
            } catch (InvalidCalendarException e) {
                e.violations().forEach(v -> problems.add(new CalendarViolation(at, v.code(), v.args())));
            }
        }
        return windows;
    }

    private <T> T missing(String field) {
        problems.add(CalendarViolation.of(field, "required"));
        return null;
    }

    LocalDate date(String text, String field) {
        if (text == null) {
            return missing(field);
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            problems.add(CalendarViolation.of(field, "invalid-date", text));
            return null;
        }
    }

    /** An ISO-8601 date-time with an offset (see {@link #INSTANT}), as an instant. */
    Instant instant(String text, String field) {
        if (text == null) {
            return missing(field);
        }
        try {
            return OffsetDateTime.parse(text.strip(), INSTANT).toInstant();
        } catch (DateTimeException e) {
            problems.add(CalendarViolation.of(field, "invalid-instant", text));
            return null;
        }
    }

    /** Minutes as a JSON number (fractions down to the nanosecond), or an ISO-8601 duration string. */
    Duration target(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            missing("target");
            return null;
        }
        if (node.isNumber()) {
            java.math.BigDecimal minutes = new java.math.BigDecimal(node.asText());
            if (minutes.signum() < 0
                    || minutes.compareTo(java.math.BigDecimal.valueOf(BusinessTimeRange.MAX_TARGET.toMinutes())) > 0) {
                problems.add(CalendarViolation.of("target", "target-out-of-range",
                        BusinessTimeRange.MAX_TARGET.toString()));
                return null;
            }
            java.math.BigDecimal nanos = minutes.multiply(java.math.BigDecimal.valueOf(60_000_000_000L));
            if (nanos.stripTrailingZeros().scale() <= 0) {
                return Duration.ofNanos(nanos.longValueExact());
            }
        }
        if (node.isTextual()) {
            try {
                return Duration.parse(node.asText().strip());
            } catch (DateTimeException | ArithmeticException e) {
                // fall through to the message below
            }
        }
        problems.add(CalendarViolation.of("target", "invalid-target", node.toString()));
        return null;
    }

    List<Pause> pauses(List<PauseEntry> given) {
        List<Pause> pauses = new ArrayList<>();
        if (given == null) {
            return pauses;
        }
        for (int i = 0; i < given.size(); i++) {
            PauseEntry p = given.get(i);
            String field = "pauses[" + i + "]";
            if (p == null) {
                missing(field);
                continue;
            }
            Instant from = instant(p.from(), field + ".from");
            Instant to = p.to() == null ? null : instant(p.to(), field + ".to");
            if (from == null || (p.to() != null && to == null)) {
                continue;
            }
            if (to != null && to.isBefore(from)) {
                problems.add(CalendarViolation.of(field + ".to", "pause-end-before-start"));
                continue;
            }
            pauses.add(new Pause(from, to));
        }
        return pauses;
    }

    void failIfProblems() {
        if (!problems.isEmpty()) {
            throw failure();
        }
    }

    /** The library's rejection of a question (ranges), as a 400 with fields. */
    ApiException rejected(InvalidCalendarException e) {
        problems.addAll(e.violations());
        return failure();
    }

    private ApiException failure() {
        List<ApiException.FieldViolation> fields = problems.stream()
                .map(v -> new ApiException.FieldViolation(v.field(),
                        ProblemFactory.message(locale, "tessera.calendar." + v.code(), v.args().toArray())))
                .toList();
        return new ApiException(400, "invalid-input", fields);
    }
}
