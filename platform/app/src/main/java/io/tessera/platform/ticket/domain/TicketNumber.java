package io.tessera.platform.ticket.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ticket's human number within its tenant and type, shown as the type's prefix and at least seven digits:
 * {@code INC0001234}, {@code CHG0000007}.
 */
public record TicketNumber(TicketType type, long value) {

    private static final Pattern FORMAT = Pattern.compile("([A-Z]{3})(\\d{7,18})");

    public TicketNumber {
        java.util.Objects.requireNonNull(type, "type");
        if (value < 1) {
            throw new IllegalArgumentException("ticket numbers start at 1");
        }
    }

    /** A number as people type it (case-insensitive), or empty when it cannot be one. Never throws. */
    public static Optional<TicketNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<TicketType> type = TicketTypes.byPrefix(m.group(1));
        try {
            long v = Long.parseLong(m.group(2));
            return v < 1 || type.isEmpty() ? Optional.empty() : Optional.of(new TicketNumber(type.get(), v));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return type.prefix() + String.format("%07d", value);
    }
}
