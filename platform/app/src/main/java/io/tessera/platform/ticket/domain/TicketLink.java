package io.tessera.platform.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A link between two tickets of the tenant: an incident caused by a problem, an incident or problem resolved by a
 * change, an incident caused by a change, or simply related. Read from either end; removed, never changed.
 */
@Entity
@Table(name = "ticket_link")
public class TicketLink {

    @Id
    private UUID id;
    @Column(name = "source_id", nullable = false, updatable = false)
    private UUID sourceId;
    @Column(name = "target_id", nullable = false, updatable = false)
    private UUID targetId;
    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    private String kind;
    @Column(name = "created_by_id", nullable = false, updatable = false, length = 64)
    private String createdById;
    @Column(name = "created_by_name", nullable = false, updatable = false, length = 200)
    private String createdByName;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected TicketLink() {
    }

    /** @throws TicketRuleException when {@code kind} cannot join these tickets (types, or a ticket to itself) */
    public static TicketLink between(Ticket source, Ticket target, LinkKind kind, Actor by, Instant now) {
        kind.check(source, target);
        TicketLink l = new TicketLink();
        l.id = UUID.randomUUID();
        l.sourceId = source.id();
        l.targetId = target.id();
        l.kind = kind.code();
        l.createdById = by.id();
        l.createdByName = by.name();
        l.createdAt = now;
        return l;
    }

    public UUID id() {
        return id;
    }

    public UUID sourceId() {
        return sourceId;
    }

    public UUID targetId() {
        return targetId;
    }

    public LinkKind kind() {
        return LinkKind.byCode(kind).orElseThrow(() -> new IllegalStateException("unknown link kind " + kind));
    }

    public Actor createdBy() {
        return new Actor(createdById, createdByName);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
