package io.tessera.platform.ticket.domain;

import java.util.List;
import java.util.Map;

/**
 * A ticket refused a change because one of its rules forbids it. Carries a stable code (which the REST edge turns
 * into a problem type and a localised text), its arguments, the fields at fault and extra facts for the caller.
 * Nothing was changed when this is thrown from an aggregate method.
 */
public class TicketRuleException extends RuntimeException {

    /** How the caller can fix it: supply what is missing or wrong, or change the situation first. */
    public enum Kind {
        /** Input is missing or invalid for what was asked. */
        INVALID,
        /** The request is well-formed but the ticket's current state does not allow it. */
        CONFLICT,
        /** The caller is not the one who may do this. */
        FORBIDDEN
    }

    private final Kind kind;
    private final String code;
    private final transient Object[] args;
    private final List<String> fields;
    private final transient Map<String, Object> facts;

    public TicketRuleException(Kind kind, String code, List<String> fields, Map<String, Object> facts,
                               Object... args) {
        super(code + " " + java.util.Arrays.toString(args) + (fields.isEmpty() ? "" : " " + fields));
        this.kind = kind;
        this.code = code;
        this.args = args.clone();
        this.fields = List.copyOf(fields);
        this.facts = Map.copyOf(facts);
    }

    public static TicketRuleException invalid(String code, Object... args) {
        return new TicketRuleException(Kind.INVALID, code, List.of(), Map.of(), args);
    }

    public static TicketRuleException conflict(String code, Object... args) {
        return new TicketRuleException(Kind.CONFLICT, code, List.of(), Map.of(), args);
    }

    /** Fields that must be given (or set on the ticket) before it may enter {@code status}. */
    public static TicketRuleException missing(String status, List<String> fields) {
        return new TicketRuleException(Kind.INVALID, "ticket-fields-required", fields, Map.of(), status,
                String.join(", ", fields));
    }

    /** A code field holds a value outside its list. */
    public static TicketRuleException unknownCode(String field, String value, List<String> allowed) {
        return new TicketRuleException(Kind.INVALID, "ticket-invalid-code", List.of(field),
                Map.of("allowed", allowed), field, value, String.join(", ", allowed));
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<String> fields() {
        return fields;
    }

    public Map<String, Object> facts() {
        return facts;
    }
}
