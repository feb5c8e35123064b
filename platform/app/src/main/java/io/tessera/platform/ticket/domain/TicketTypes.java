package io.tessera.platform.ticket.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The registry of ticket types, by their stable codes and by their number prefixes. */
public final class TicketTypes {

    public static final TicketType INCIDENT = new TicketType("incident", "INC", Incident.class, Incident::new);
    public static final TicketType REQUEST = new TicketType("request", "REQ", ServiceRequest.class, ServiceRequest::new);
    public static final TicketType PROBLEM = new TicketType("problem", "PRB", Problem.class, Problem::new);
    public static final TicketType CHANGE = new TicketType("change", "CHG", Change.class, Change::new);
    public static final TicketType TASK = new TicketType("task", "TSK", Task.class, Task::new);

    private static final Map<String, TicketType> BY_CODE = new LinkedHashMap<>();
    private static final Map<String, TicketType> BY_PREFIX = new LinkedHashMap<>();

    static {
        for (TicketType t : new TicketType[]{INCIDENT, REQUEST, PROBLEM, CHANGE, TASK}) {
            if (BY_CODE.put(t.code(), t) != null || BY_PREFIX.put(t.prefix(), t) != null) {
                throw new IllegalStateException("duplicate ticket type " + t);
            }
        }
    }

    private TicketTypes() {
    }

    public static Optional<TicketType> byCode(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    public static Optional<TicketType> byPrefix(String prefix) {
        return Optional.ofNullable(prefix == null ? null : BY_PREFIX.get(prefix));
    }

    /** @throws IllegalStateException for a code that is not registered (corrupt data, never user input) */
    public static TicketType require(String code) {
        return byCode(code).orElseThrow(() -> new IllegalStateException("unknown ticket type " + code));
    }

    public static Collection<TicketType> all() {
        return BY_CODE.values();
    }
}
