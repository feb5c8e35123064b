package io.tessera.platform.sla.calendar;

import java.util.List;

/** A calendar definition (or a question asked of one) broke one or more rules; nothing was built. */
public class InvalidCalendarException extends IllegalArgumentException {

    private final transient List<CalendarViolation> violations;

    public InvalidCalendarException(List<CalendarViolation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public InvalidCalendarException(CalendarViolation violation) {
        this(List.of(violation));
    }

    public List<CalendarViolation> violations() {
        return violations;
    }
}
