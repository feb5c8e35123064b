package io.tessera.platform.sla.api;

import io.tessera.platform.sla.api.CalendarDtos.DueAnswer;
import io.tessera.platform.sla.api.CalendarDtos.DueQuestion;
import io.tessera.platform.sla.api.CalendarDtos.ElapsedAnswer;
import io.tessera.platform.sla.api.CalendarDtos.ElapsedQuestion;
import io.tessera.platform.sla.calendar.BeyondHorizonException;
import io.tessera.platform.sla.calendar.BusinessCalendar;
import io.tessera.platform.sla.calendar.DueResult;
import io.tessera.platform.sla.calendar.InvalidCalendarException;
import io.tessera.platform.sla.infrastructure.ICalendarFormat;
import io.tessera.platform.web.ApiException;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The business-time questions of the API, from request body to answer: parse (every bad field reported), ask the
 * calendar, shape the answer. Also how an iCalendar import changes a calendar.
 */
final class BusinessTimeAnswers {

    private BusinessTimeAnswers() {
    }

    /** A question, parsed: start, target and pauses, ready to put to a calendar. */
    record ParsedDue(Instant start, Duration target, List<io.tessera.platform.sla.calendar.Pause> pauses,
                     CalendarInputParser parser) {
    }

    record ParsedElapsed(Instant from, Instant to, List<io.tessera.platform.sla.calendar.Pause> pauses,
                         CalendarInputParser parser) {
    }

    static ParsedDue parse(DueQuestion q, Locale locale) {
        if (q == null) {
            throw ApiException.badRequest("body-required");
        }
        CalendarInputParser in = new CalendarInputParser(locale);
        var parsed = new ParsedDue(in.instant(q.start(), "start"), in.target(q.target()), in.pauses(q.pauses()), in);
        in.failIfProblems();
        return parsed;
    }

    static ParsedElapsed parse(ElapsedQuestion q, Locale locale) {
        if (q == null) {
            throw ApiException.badRequest("body-required");
        }
        CalendarInputParser in = new CalendarInputParser(locale);
        var parsed = new ParsedElapsed(in.instant(q.from(), "from"), in.instant(q.to(), "to"), in.pauses(q.pauses()),
                in);
        in.failIfProblems();
        return parsed;
    }

    static DueAnswer due(BusinessCalendar calendar, ParsedDue q) {
        try {
            DueResult r = calendar.due(q.start(), q.target(), q.pauses());
            String local = r.instant().map(d -> DateTimeFormatter.ISO_OFFSET_DATE_TIME
                    .format(d.atZone(calendar.zone()).toOffsetDateTime())).orElse(null);
            return new DueAnswer(r.due(), local, r.outcome().code(), q.start(), q.target().toString(),
                    calendar.zone().getId());
        } catch (InvalidCalendarException e) {
            throw q.parser().rejected(e);
        } catch (BeyondHorizonException e) {
            throw new ApiException(422, "due-beyond-horizon");
        }
    }

    static ElapsedAnswer elapsed(BusinessCalendar calendar, ParsedElapsed q) {
        try {
            Duration d = calendar.elapsed(q.from(), q.to(), q.pauses());
            return new ElapsedAnswer(d.toString(), d.toMinutes(), d.getSeconds(), q.from(), q.to());
        } catch (InvalidCalendarException e) {
            throw q.parser().rejected(e);
        }
    }

    /**
     * How an iCalendar file changes a calendar: its dates replace the same dates ({@code merge}) or all holidays and
     * special days ({@code replace}). {@code counts} receives how many holidays and special days the file held.
     */
    static UnaryOperator<BusinessCalendar> importing(String ics, String mode, Locale locale, int[] counts) {
        if (!mode.equals("merge") && !mode.equals("replace")) {
            throw ApiException.badRequest("invalid-import-mode", mode);
        }
        return current -> {
            ICalendarFormat.Content content = ICalendarFormat.read(ics, current.zone());
            counts[0] = content.holidays().size();
            counts[1] = content.specialDays().size();
            BusinessCalendar.Builder b = current.toBuilder();
            if (mode.equals("replace")) {
                b.clearDates();
            }
            content.holidays().forEach(b::putHoliday);
            content.specialDays().forEach(b::putSpecialDay);
            try {
                return b.build();
            } catch (InvalidCalendarException e) {
                throw new CalendarInputParser(locale).rejected(e);
            }
        };
    }
}
