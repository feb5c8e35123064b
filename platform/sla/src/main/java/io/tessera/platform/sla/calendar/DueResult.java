package io.tessera.platform.sla.calendar;

import java.time.Instant;
import java.util.Optional;

/**
 * The answer to {@link BusinessCalendar#due}: the due instant, or why there is none.
 *
 * @param due     the earliest instant at which the target is used up, or null
 * @param outcome {@link Outcome#DUE} exactly when {@code due} is set
 */
public record DueResult(Instant due, Outcome outcome) {

    public enum Outcome {
        /** The target is used up at {@link #due()}. */
        DUE("due"),
        /** An open pause began before the target was used up: the clock never runs again. */
        PAUSED_INDEFINITELY("paused-indefinitely"),
        /** The calendar has no working time left after some date (no weekly hours, no later special day). */
        NO_WORKING_TIME("no-working-time");

        private final String code;

        Outcome(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    static DueResult at(Instant due) {
        return new DueResult(due, Outcome.DUE);
    }

    public Optional<Instant> instant() {
        return Optional.ofNullable(due);
    }
}
