package io.tessera.platform.sla.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A local date whose working windows replace the weekday's: a Saturday make-up workday, a half day. It takes
 * precedence over a holiday on the same date.
 */
public record SpecialDay(LocalDate date, String name, List<WorkingWindow> windows) implements Comparable<SpecialDay> {

    public SpecialDay {
        Objects.requireNonNull(date, "date");
        name = name == null ? "" : name.strip();
        windows = List.copyOf(windows);
    }

    @Override
    public int compareTo(SpecialDay o) {
        return date.compareTo(o.date);
    }
}
