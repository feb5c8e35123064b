package io.tessera.platform.ticket.domain;

import java.util.List;
import java.util.Map;

/** The text rules of ticket fields: trimmed, within their length, required ones not blank. */
final class TicketText {

    private TicketText() {
    }

    static String required(String field, String value, int max) {
        String v = optional(field, value, max);
        if (v == null) {
            throw new TicketRuleException(TicketRuleException.Kind.INVALID, "ticket-text-required", List.of(field),
                    Map.of(), field);
        }
        return v;
    }

    /** The trimmed text, or {@code null} when blank. */
    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new TicketRuleException(TicketRuleException.Kind.INVALID, "ticket-text-too-long", List.of(field),
                    Map.of(), field, max);
        }
        return v;
    }

    /** An edit of an optional text: {@code null} keeps {@code current}, blank clears it. */
    static String edit(String field, String value, String current, int max) {
        return value == null ? current : optional(field, value, max);
    }
}
