package io.tessera.platform.sla.infrastructure;

import io.tessera.platform.sla.calendar.BusinessCalendar;
import io.tessera.platform.sla.calendar.Holiday;
import io.tessera.platform.sla.calendar.SpecialDay;
import io.tessera.platform.sla.calendar.WorkingWindow;
import io.tessera.platform.web.ApiException;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ICalendarFormatTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void allDayEventsAreHolidaysAndTimedEventsAreSpecialDayWindows() {
        String ics = String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
                "BEGIN:VEVENT", "UID:1", "DTSTAMP:20260101T000000Z", "DTSTART;VALUE=DATE:20260217",
                "DTEND;VALUE=DATE:20260220", "SUMMARY:春节", "END:VEVENT",
                "BEGIN:VEVENT", "UID:2", "DTSTAMP:20260101T000000Z", "DTSTART;VALUE=DATE:20260501",
                "SUMMARY:劳动节", "END:VEVENT",
                // a make-up Saturday in two shifts, one given in UTC
                "BEGIN:VEVENT", "UID:3", "DTSTAMP:20260101T000000Z", "DTSTART:20260214T090000",
                "DTEND:20260214T120000", "SUMMARY:调休上班", "END:VEVENT",
                "BEGIN:VEVENT", "UID:4", "DTSTAMP:20260101T000000Z", "DTSTART:20260214T053000Z",
                "DTEND:20260214T100000Z", "SUMMARY:调休上班", "END:VEVENT",
                // a half day running to midnight
                "BEGIN:VEVENT", "UID:5", "DTSTAMP:20260101T000000Z", "DTSTART:20261231T180000",
                "DTEND:20270101T000000", "SUMMARY:Late shift", "END:VEVENT",
                "END:VCALENDAR", "");
        ICalendarFormat.Content content = ICalendarFormat.read(ics, SHANGHAI);
        assertThat(content.holidays()).containsExactly(
                new Holiday(LocalDate.of(2026, 2, 17), "春节"), new Holiday(LocalDate.of(2026, 2, 18), "春节"),
                new Holiday(LocalDate.of(2026, 2, 19), "春节"), new Holiday(LocalDate.of(2026, 5, 1), "劳动节"));
        assertThat(content.specialDays()).containsExactly(
                new SpecialDay(LocalDate.of(2026, 2, 14), "调休上班",
                        List.of(WorkingWindow.parse("09:00", "12:00"), WorkingWindow.parse("13:30", "18:00"))),
                new SpecialDay(LocalDate.of(2026, 12, 31), "Late shift",
                        List.of(WorkingWindow.parse("18:00", "24:00"))));
    }

    @Test
    void yearlyRecurringHolidaysAreExpandedForTenYears() {
        String ics = String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
                "BEGIN:VEVENT", "UID:ny", "DTSTAMP:20260101T000000Z", "DTSTART;VALUE=DATE:20260101",
                "DTEND;VALUE=DATE:20260102", "RRULE:FREQ=YEARLY", "SUMMARY:New Year", "END:VEVENT",
                "END:VCALENDAR", "");
        List<Holiday> holidays = ICalendarFormat.read(ics, SHANGHAI).holidays();
        assertThat(holidays).hasSize(10);
        assertThat(holidays.get(9).date()).isEqualTo(LocalDate.of(2035, 1, 1));
    }

    @Test
    void exportReadsBackToTheSameHolidaysAndSpecialDays() {
        BusinessCalendar.Builder b = BusinessCalendar.builder().zone("Europe/Berlin")
                .weekly(DayOfWeek.MONDAY, List.of(WorkingWindow.parse("09:00", "17:00")))
                .holiday(LocalDate.of(2026, 12, 25), "Weihnachten")
                .holiday(LocalDate.of(2026, 12, 24), "")
                .specialDay(LocalDate.of(2026, 12, 24), "Halber Tag", List.of(WorkingWindow.parse("09:00", "12:00")))
                .specialDay(LocalDate.of(2026, 3, 29), "Nachtschicht",
                        List.of(WorkingWindow.parse("00:00", "06:00"), WorkingWindow.parse("22:00", "24:00")));
        BusinessCalendar calendar = b.build();
        String ics = ICalendarFormat.write("Berlin office", calendar);
        assertThat(ics).contains("BEGIN:VTIMEZONE", "TZID=Europe/Berlin", "X-TESSERA-KIND:holiday",
                "DTSTART;VALUE=DATE:20261225");
        ICalendarFormat.Content back = ICalendarFormat.read(ics, calendar.zone());
        assertThat(back.specialDays()).containsExactlyInAnyOrderElementsOf(calendar.specialDays());
        assertThat(back.holidays()).extracting(Holiday::date).containsExactlyInAnyOrder(
                LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25));
    }

    @Test
    void garbageAndEventsAcrossMidnightAreRejected() {
        assertThatThrownBy(() -> ICalendarFormat.read("not a calendar", SHANGHAI))
                .isInstanceOf(ApiException.class).extracting("code").isEqualTo("invalid-icalendar");
        String acrossMidnight = String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
                "BEGIN:VEVENT", "UID:x", "DTSTAMP:20260101T000000Z", "DTSTART:20260214T220000",
                "DTEND:20260215T060000", "SUMMARY:Night", "END:VEVENT", "END:VCALENDAR", "");
        assertThatThrownBy(() -> ICalendarFormat.read(acrossMidnight, SHANGHAI))
                .isInstanceOf(ApiException.class).hasMessageContaining("invalid-icalendar");
    }
}
