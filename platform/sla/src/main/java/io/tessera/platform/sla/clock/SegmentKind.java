package io.tessera.platform.sla.clock;

/** Why a span of a clock's timeline counted or not; {@link #code()} is the stable code the API shows. */
public enum SegmentKind {
    /** Business time that counted towards the target. */
    COUNTED("counted"),
    /** The ticket was in a pausing status (the segment's detail says which). */
    PAUSED("paused"),
    /** A holiday of the calendar (detail: its name). */
    HOLIDAY("holiday"),
    /** A special day, outside its replacement hours (detail: its name). */
    SPECIAL_DAY("special_day"),
    /** A day of the week without working hours (detail: the day, e.g. saturday). */
    NON_WORKING_DAY("non_working_day"),
    /** A working day, outside its windows. */
    OUTSIDE_HOURS("outside_hours");

    private final String code;

    SegmentKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
