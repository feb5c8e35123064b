package io.tessera.platform.ticket.domain;

import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A kind of ticket (incident, service request, problem, change, task): its stable code (persisted as the
 * {@code type} column), the prefix of its human numbers ({@code INC0001234}) and the per-tenant sequence that
 * numbers it. Types are looked up by code in {@link TicketTypes}.
 */
public final class TicketType {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z_]{1,30}");
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{3}");

    private final String code;
    private final String prefix;
    private final Class<? extends Ticket> entity;
    private final Supplier<? extends Ticket> factory;

    TicketType(String code, String prefix, Class<? extends Ticket> entity, Supplier<? extends Ticket> factory) {
        if (!CODE.matcher(code).matches() || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("bad ticket type " + code + "/" + prefix);
        }
        this.code = code;
        this.prefix = prefix;
        this.entity = entity;
        this.factory = factory;
    }

    public String code() {
        return code;
    }

    public String prefix() {
        return prefix;
    }

    /** The per-tenant sequence of this type's numbers (in each tenant's schema). */
    public String numberSequence() {
        return code + "_number_seq";
    }

    public Class<? extends Ticket> entity() {
        return entity;
    }

    /** A blank ticket of this type, to be opened by {@link Ticket#open}. */
    Ticket newTicket() {
        return factory.get();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TicketType t && t.code.equals(code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
