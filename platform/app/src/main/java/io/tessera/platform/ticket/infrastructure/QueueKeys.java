package io.tessera.platform.ticket.infrastructure;

import io.tessera.platform.ticket.domain.TicketQueue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The keyset of one queue sort: its columns (ending with the unique id) and an opaque cursor holding the last
 * row's values of them. Timestamps travel as epoch microseconds, PostgreSQL's own precision, so a cursor matches
 * its row exactly.
 */
final class QueueKeys {

    private static final Map<String, List<String>> COLUMNS = Map.of(
            "created", List.of("created_at", "id"),
            "updated", List.of("updated_at", "id"),
            "priority", List.of("priority", "created_at", "id"));

    private final TicketQueue.Sort sort;
    private final List<String> columns;

    private QueueKeys(TicketQueue.Sort sort) {
        this.sort = sort;
        this.columns = COLUMNS.get(sort.key());
    }

    static QueueKeys of(TicketQueue.Sort sort) {
        return new QueueKeys(sort);
    }

    List<String> columns() {
        return columns;
    }

    String orderBy() {
        return columns.stream().map(c -> c + (sort.descending() ? " desc" : "")).collect(Collectors.joining(", "));
    }

    String encode(TicketQueue.Item last) {
        List<String> values = new ArrayList<>();
        for (String c : columns) {
            values.add(switch (c) {
                case "created_at" -> micros(last.createdAt());
                case "updated_at" -> micros(last.updatedAt());
                case "priority" -> String.valueOf(last.priority());
                default -> last.id().toString();
            });
        }
        String text = "v1:" + sort.key() + ":" + String.join(",", values);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when {@code cursor} is not a cursor of this sort */
    List<Object> decode(String cursor) {
        String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        String prefix = "v1:" + sort.key() + ":";
        if (!text.startsWith(prefix)) {
            throw new IllegalArgumentException("cursor of another sort");
        }
        String[] values = text.substring(prefix.length()).split(",", -1);
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("cursor of another sort");
        }
        List<Object> typed = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            String v = values[i];
            typed.add(switch (columns.get(i)) {
                case "created_at", "updated_at" -> fromMicros(Long.parseLong(v));
                case "priority" -> Integer.parseInt(v);
                default -> UUID.fromString(v);
            });
        }
        return typed;
    }

    private static String micros(Instant i) {
        return String.valueOf(Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1000));
    }

    private static OffsetDateTime fromMicros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000)
                .atOffset(ZoneOffset.UTC);
    }
}
