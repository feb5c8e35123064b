package io.tessera.platform.ticket.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of link between two tickets, by stable code, with the ticket types it may join (from → to) and how it
 * reads from each end. Registered here by code; persisted by code.
 */
public record LinkKind(String code, Set<TicketType> from, Set<TicketType> to, String inverse) {

    /** An incident caused by a problem (the problem's root cause explains it). */
    public static final LinkKind CAUSED_BY_PROBLEM = new LinkKind("caused_by_problem",
            Set.of(TicketTypes.INCIDENT), Set.of(TicketTypes.PROBLEM), "causes_incident");
    /** An incident or problem a change fixes. */
    public static final LinkKind RESOLVED_BY_CHANGE = new LinkKind("resolved_by_change",
            Set.of(TicketTypes.INCIDENT, TicketTypes.PROBLEM), Set.of(TicketTypes.CHANGE), "resolves");
    /** An incident a change caused (a failed change). */
    public static final LinkKind CAUSED_BY_CHANGE = new LinkKind("caused_by_change",
            Set.of(TicketTypes.INCIDENT), Set.of(TicketTypes.CHANGE), "caused_incident");
    /** Two tickets that are related without one explaining the other. */
    public static final LinkKind RELATED = new LinkKind("related_to",
            Set.copyOf(TicketTypes.all()), Set.copyOf(TicketTypes.all()), "related_to");

    private static final Map<String, LinkKind> BY_CODE = new LinkedHashMap<>();

    static {
        for (LinkKind k : List.of(CAUSED_BY_PROBLEM, RESOLVED_BY_CHANGE, CAUSED_BY_CHANGE, RELATED)) {
            BY_CODE.put(k.code(), k);
        }
    }

    public static Optional<LinkKind> byCode(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    public static Collection<LinkKind> all() {
        return BY_CODE.values();
    }

    /** @throws TicketRuleException when this kind cannot join these two tickets */
    void check(Ticket source, Ticket target) {
        if (source.id().equals(target.id())) {
            throw TicketRuleException.invalid("ticket-link-to-itself", source.number().toString());
        }
        if (!from.contains(source.type()) || !to.contains(target.type())) {
            throw TicketRuleException.invalid("ticket-link-not-allowed", code, source.type().code(),
                    target.type().code());
        }
    }
}
