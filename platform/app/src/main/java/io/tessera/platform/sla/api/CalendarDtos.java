package io.tessera.platform.sla.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.tessera.platform.sla.calendar.BusinessCalendar;
import io.tessera.platform.sla.calendar.WorkingWindow;
import io.tessera.platform.sla.domain.TenantCalendar;
import io.tessera.platform.sla.calendar.Holiday;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Request and response bodies of the calendar API. Times of day, dates and instants travel as strings and are
 * parsed by {@link CalendarInputParser}, so each bad value is reported with its field.
 */
public final class CalendarDtos {

    private CalendarDtos() {
    }

    /** {@code start}/{@code end} as {@code HH:mm} or {@code HH:mm:ss}; {@code end} may be {@code 24:00}. */
    public record Window(String start, String end) {
        static Window of(WorkingWindow w) {
            return new Window(w.startText(), w.endText());
        }
    }

    public record HolidayEntry(String date, @Size(max = Holiday.MAX_NAME) String name) {
    }

    public record SpecialDayEntry(String date, @Size(max = Holiday.MAX_NAME) String name, List<Window> windows) {
    }

    /**
     * A calendar as created or replaced.
     *
     * @param weekly windows by day of the week ({@code monday} .. {@code sunday}, any case); a missing day has none
     */
    public record CalendarInput(@NotBlank @Size(max = TenantCalendar.MAX_NAME) String name,
                                String timeZone,
                                Map<String, List<Window>> weekly,
                                List<@Valid HolidayEntry> holidays,
                                List<@Valid SpecialDayEntry> specialDays) {
    }

    public record CalendarView(UUID id, String name, String timeZone, Map<String, List<Window>> weekly,
                               List<HolidayEntry> holidays, List<SpecialDayEntry> specialDays, long version,
                               Instant createdAt, Instant updatedAt) {
        static CalendarView of(TenantCalendar c) {
            BusinessCalendar d = c.definition();
            Map<String, List<Window>> weekly = new LinkedHashMap<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                weekly.put(day.name().toLowerCase(Locale.ROOT), d.weekly().get(day).stream().map(Window::of).toList());
            }
            return new CalendarView(c.id(), c.name(), d.zone().getId(), weekly,
                    d.holidays().stream().map(h -> new HolidayEntry(h.date().toString(), h.name())).toList(),
                    d.specialDays().stream().map(s -> new SpecialDayEntry(s.date().toString(), s.name(),
                            s.windows().stream().map(Window::of).toList())).toList(),
                    c.version(), c.createdAt(), c.updatedAt());
        }
    }

    public record CalendarSummary(UUID id, String name, String timeZone, long version) {
        static CalendarSummary of(TenantCalendar c) {
            return new CalendarSummary(c.id(), c.name(), c.timeZone(), c.version());
        }
    }

    public record CalendarPage(List<CalendarSummary> items, String next) {
    }

    /** An ISO-8601 instant with any offset; {@code to} absent or null for an open pause. */
    public record PauseEntry(String from, String to) {
    }

    /** @param target minutes (a JSON number) or an ISO-8601 duration such as {@code "PT4H"} */
    public record DueQuestion(String start, JsonNode target, List<PauseEntry> pauses) {
    }

    /**
     * @param due      the due instant in UTC, or null when there is none
     * @param dueLocal the same instant with the calendar's offset at that moment, or null
     * @param outcome  {@code due}, {@code paused-indefinitely} or {@code no-working-time}
     */
    public record DueAnswer(Instant due, String dueLocal, String outcome, Instant start, String target,
                            String timeZone) {
    }

    public record ElapsedQuestion(String from, String to, List<PauseEntry> pauses) {
    }

    /**
     * @param elapsed ISO-8601 duration, exact
     * @param minutes whole minutes, rounded down
     * @param seconds whole seconds, rounded down
     */
    public record ElapsedAnswer(String elapsed, long minutes, long seconds, Instant from, Instant to) {
    }

    /** What an iCalendar import did. */
    public record ImportReport(int holidays, int specialDays, CalendarView calendar) {
    }
}
