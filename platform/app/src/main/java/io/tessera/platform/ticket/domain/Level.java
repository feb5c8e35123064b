package io.tessera.platform.ticket.domain;

import java.util.List;
import java.util.Optional;

/**
 * An impact or urgency rating: {@code high} (1), {@code medium} (2) or {@code low} (3). The code is what the API
 * speaks; the rank is what is stored (1 is the most severe), both fixed here and never derived from declaration
 * order.
 */
public record Level(int rank) {

    public static final Level HIGH = new Level(1);
    public static final Level MEDIUM = new Level(2);
    public static final Level LOW = new Level(3);
    private static final List<String> CODES = List.of("high", "medium", "low");

    public Level {
        if (rank < 1 || rank > 3) {
            throw new IllegalArgumentException("level rank must be 1..3");
        }
    }

    public static Optional<Level> fromCode(String code) {
        int i = CODES.indexOf(code);
        return i < 0 ? Optional.empty() : Optional.of(new Level(i + 1));
    }

    /** @throws TicketRuleException when {@code code} is not a level */
    public static Level require(String field, String code) {
        return fromCode(code).orElseThrow(() -> TicketRuleException.unknownCode(field, code, CODES));
    }

    public static List<String> codes() {
        return CODES;
    }

    public String code() {
        return CODES.get(rank - 1);
    }

    @Override
    public String toString() {
        return code();
    }
}
