package io.tessera.platform.ticket.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A ticket's human number within its tenant, shown as {@code TCK0000042}. */
public record TicketNumber(long value) {

    private static final Pattern FORMAT = Pattern.compile("TCK(\\d{7,18})");

    public TicketNumber {
        if (value < 1) {
            throw new IllegalArgumentException("ticket numbers start at 1");
        }
    }

    public static Optional<TicketNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.trim().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            long v = Long.parseLong(m.group(1));
            return v < 1 ? Optional.empty() : Optional.of(new TicketNumber(v));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return String.format("TCK%07d", value);
    }
}
