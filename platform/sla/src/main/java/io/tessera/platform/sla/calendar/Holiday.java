package io.tessera.platform.sla.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A local date without working time (unless a {@link SpecialDay} on the same date says otherwise). */
public record Holiday(LocalDate date, String name) implements Comparable<Holiday> {

    /** Longest name of a holiday or special day. */
    public static final int MAX_NAME = 200;

    public Holiday {
        Objects.requireNonNull(date, "date");
        name = name == null ? "" : name.strip();
    }

    @Override
    public int compareTo(Holiday o) {
        return date.compareTo(o.date);
    }
}
