package io.tessera.platform.ticket.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/** A ticket's priority, {@code P1} (most urgent) to {@code P5}; stored as its rank 1..5. */
public record Priority(int rank) {

    private static final Pattern CODE = Pattern.compile("P([1-5])");

    public Priority {
        if (rank < 1 || rank > 5) {
            throw new IllegalArgumentException("priority rank must be 1..5");
        }
    }

    public static Optional<Priority> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        var m = CODE.matcher(code.trim().toUpperCase(java.util.Locale.ROOT));
        return m.matches() ? Optional.of(new Priority(Integer.parseInt(m.group(1)))) : Optional.empty();
    }

    public String code() {
        return "P" + rank;
    }

    @Override
    public String toString() {
        return code();
    }
}
