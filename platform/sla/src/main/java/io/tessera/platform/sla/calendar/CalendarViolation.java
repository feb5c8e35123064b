package io.tessera.platform.sla.calendar;

import java.util.List;

/**
 * One reason a calendar definition or a business-time question is not acceptable.
 *
 * @param field where, as a JSON-ish path of the definition ({@code weekly.monday[1]}, {@code holidays[0].date})
 * @param code  a stable code ({@code window-overlap}, {@code unknown-zone}, ...) that the edge turns into a message
 * @param args  values for the message (e.g. the window it overlaps)
 */
public record CalendarViolation(String field, String code, List<String> args) {

    public CalendarViolation {
        args = List.copyOf(args);
    }

    public static CalendarViolation of(String field, String code, String... args) {
        return new CalendarViolation(field, code, List.of(args));
    }
}
