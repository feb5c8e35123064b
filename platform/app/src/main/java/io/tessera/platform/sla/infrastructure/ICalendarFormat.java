package io.tessera.platform.sla.infrastructure;

import io.tessera.platform.sla.calendar.BusinessCalendar;
import io.tessera.platform.sla.calendar.Holiday;
import io.tessera.platform.sla.calendar.SpecialDay;
import io.tessera.platform.sla.calendar.WorkingWindow;
import io.tessera.platform.web.ApiException;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Holidays and special days as iCalendar (RFC 5545), through ical4j. A holiday is an all-day event
 * ({@code DTSTART;VALUE=DATE}, several days when {@code DTEND} says so); a timed event is a working window on its
 * local date in the calendar's zone, and all windows of one date form that date's special day. Recurring events are
 * expanded for ten years from their start. Exports carry {@code X-TESSERA-KIND} and read back to the same calendar.
 */
public final class ICalendarFormat {

    public static final String MEDIA_TYPE = "text/calendar";
    static final String KIND = "X-TESSERA-KIND";
    private static final int RECURRENCE_YEARS = 10;
    private static final int MAX_DATES = 5000;

    private ICalendarFormat() {
    }

    /** What a file holds, before it is merged into a calendar. */
    public record Content(List<Holiday> holidays, List<SpecialDay> specialDays) {
    }

    public static String write(String name, BusinessCalendar calendar) {
        ZoneId zone = calendar.zone();
        Calendar ical = new Calendar();
        ical.add(new ProdId("-//Tessera//Business calendar//EN"));
        ical.add(ImmutableVersion.VERSION_2_0);
        ical.add(ImmutableCalScale.GREGORIAN);
        ical.add(new XProperty("X-WR-CALNAME", name));
        ical.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        TimeZone tz = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(zone.getId());
        if (tz != null) {
            ical.add(tz.getVTimeZone());
        }
        for (Holiday h : calendar.holidays()) {
            VEvent e = new VEvent(h.date(), h.date().plusDays(1), h.name().isEmpty() ? "Holiday" : h.name());
            e.add(new Uid("holiday-" + h.date() + "@tessera"));
            e.add(new XProperty(KIND, "holiday"));
            ical.add(e);
        }
        for (SpecialDay s : calendar.specialDays()) {
            for (WorkingWindow w : s.windows()) {
                LocalDateTime start = s.date().atTime(w.start());
                LocalDateTime end = w.endsAtEndOfDay() ? s.date().plusDays(1).atStartOfDay()
                        : s.date().atTime(w.endOrNull());
                VEvent e = new VEvent(false);
                e.add(new DtStart<>(start).add(new TzId(zone.getId())));
                e.add(new DtEnd<>(end).add(new TzId(zone.getId())));
                e.add(new net.fortuna.ical4j.model.property.Summary(s.name().isEmpty() ? "Working hours" : s.name()));
                e.add(new Uid("special-" + s.date() + "-" + w.startSecond() + "@tessera"));
                e.add(new net.fortuna.ical4j.model.property.DtStamp(Instant.now()));
                e.add(new XProperty(KIND, "special-day"));
                ical.add(e);
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(ical, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Reads holidays and special days; {@code zone} places timed events on local dates.
     *
     * @throws ApiException 400 {@code invalid-icalendar} for anything unreadable or not expressible
     */
    public static Content read(String text, ZoneId zone) {
        Calendar ical;
        try {
            ical = new CalendarBuilder().build(new StringReader(text == null ? "" : text));
        } catch (ParserException | IOException | RuntimeException e) {
            throw invalid(String.valueOf(e.getMessage()));
        }
        Map<LocalDate, String> holidays = new LinkedHashMap<>();
        Map<LocalDate, String> specialNames = new LinkedHashMap<>();
        Map<LocalDate, List<WorkingWindow>> specialWindows = new LinkedHashMap<>();
        for (Component c : ical.getComponents(Component.VEVENT)) {
            VEvent event = (VEvent) c;
            String summary = event.getProperty(Property.SUMMARY).map(Property::getValue).orElse("").strip();
            if (summary.length() > Holiday.MAX_NAME) {
                summary = summary.substring(0, Holiday.MAX_NAME);
            }
            for (Temporal[] occurrence : occurrences(event)) {
                Temporal start = occurrence[0];
                Temporal end = occurrence[1];
                if (start instanceof LocalDate day) {
                    LocalDate last = end instanceof LocalDate e && e.isAfter(day) ? e : day.plusDays(1);
                    for (LocalDate d = day; d.isBefore(last); d = d.plusDays(1)) {
                        holidays.putIfAbsent(d, summary);
                        limit(holidays.size() + specialNames.size());
                    }
                } else {
                    LocalDateTime from = local(start, zone);
                    LocalDateTime to = end == null ? null : local(end, zone);
                    if (to == null || !to.isAfter(from)) {
                        throw invalid("\"" + summary + "\" at " + from + " has no end after its start");
                    }
                    LocalDate day = from.toLocalDate();
                    boolean toMidnight = to.equals(day.plusDays(1).atStartOfDay());
                    if (!to.toLocalDate().equals(day) && !toMidnight) {
                        throw invalid("\"" + summary + "\" at " + from + " spans midnight; split it per day");
                    }
                    WorkingWindow w = toMidnight ? WorkingWindow.untilEndOfDay(from.toLocalTime())
                            : WorkingWindow.of(from.toLocalTime(), to.toLocalTime());
                    specialNames.putIfAbsent(day, summary);
                    specialWindows.computeIfAbsent(day, k -> new ArrayList<>()).add(w);
                    limit(holidays.size() + specialNames.size());
                }
            }
        }
        List<Holiday> h = holidays.entrySet().stream().map(e -> new Holiday(e.getKey(), e.getValue())).toList();
        List<SpecialDay> s = specialNames.entrySet().stream()
                .map(e -> new SpecialDay(e.getKey(), e.getValue(), specialWindows.get(e.getKey()))).toList();
        return new Content(h, s);
    }

    /** Start and end of each occurrence: the event itself, or its recurrences for ten years. */
    private static List<Temporal[]> occurrences(VEvent event) {
        Optional<DtStart<Temporal>> dtStart = event.getProperty(Property.DTSTART);
        if (dtStart.isEmpty()) {
            throw invalid("an event has no DTSTART");
        }
        Temporal start = dtStart.get().getDate();
        Temporal end = event.<DtEnd<Temporal>>getProperty(Property.DTEND).map(DtEnd::getDate).orElse(null);
        if (end == null) {
            Optional<net.fortuna.ical4j.model.property.Duration> duration = event.getProperty(Property.DURATION);
            if (duration.isPresent()) {
                TemporalAmount amount = duration.get().getDuration();
                end = start.plus(amount);
            }
        }
        if (event.getProperty(Property.RRULE).isEmpty() && event.getProperty(Property.RDATE).isEmpty()) {
            List<Temporal[]> one = new ArrayList<>();
            one.add(new Temporal[]{start, end});
            return one;
        }
        try {
            Temporal until = start.plus(RECURRENCE_YEARS, java.time.temporal.ChronoUnit.YEARS)
                    .minus(1, java.time.temporal.ChronoUnit.DAYS);
            List<Temporal[]> all = new ArrayList<>();
            for (Period<Temporal> p : event.<Temporal>calculateRecurrenceSet(new Period<>(start, until))) {
                all.add(new Temporal[]{p.getStart(), p.getEnd()});
                limit(all.size());
            }
            return all;
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw invalid("recurrence: " + e.getMessage());
        }
    }

    private static LocalDateTime local(Temporal t, ZoneId zone) {
        if (t instanceof ZonedDateTime z) {
            return z.getZone().normalized().equals(zone.normalized()) || z.getZone().getId().equals(zone.getId())
                    ? z.toLocalDateTime() : z.withZoneSameInstant(zone).toLocalDateTime();
        }
        if (t instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(zone).toLocalDateTime();
        }
        if (t instanceof Instant i) {
            return i.atZone(zone).toLocalDateTime();
        }
        if (t instanceof LocalDateTime l) {
            return l;
        }
        if (t instanceof LocalDate d) {
            return d.atTime(LocalTime.MIDNIGHT);
        }
        throw invalid("unsupported date-time " + t);
    }

    private static void limit(int dates) {
        if (dates > MAX_DATES) {
            throw invalid("more than " + MAX_DATES + " dates");
        }
    }

    private static ApiException invalid(String reason) {
        return ApiException.badRequest("invalid-icalendar", reason);
    }
}
