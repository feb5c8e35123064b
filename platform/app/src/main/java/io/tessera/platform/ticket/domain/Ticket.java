package io.tessera.platform.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * A ticket of one tenant (the table lives in the tenant's schema). Its number, requester and creation time are
 * fixed when it is opened.
 */
@Entity
@Table(name = "ticket")
public class Ticket {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 10_000;

    @Id
    private UUID id;

    @Column(name = "number", nullable = false, updatable = false)
    private long number;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "status", nullable = false, length = 20)
    private String status;

    @Column(name = "requester_id", nullable = false, updatable = false, length = 64)
    private String requesterId;

    @Column(name = "requester_name", nullable = false, length = 200)
    private String requesterName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Ticket() {
    }

    /** Opens a ticket for {@code requester}; title and description are trimmed, the title must not be blank. */
    public static Ticket open(TicketNumber number, String title, String description, Requester requester,
                              Instant now) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > MAX_TITLE) {
            throw new IllegalArgumentException("title must be 1.." + MAX_TITLE + " characters");
        }
        String d = description == null ? "" : description.strip();
        if (d.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("description exceeds " + MAX_DESCRIPTION + " characters");
        }
        Ticket ticket = new Ticket();
        ticket.id = UUID.randomUUID();
        ticket.number = number.value();
        ticket.title = t;
        ticket.description = d;
        ticket.status = TicketStatus.NEW.code();
        ticket.requesterId = requester.id();
        ticket.requesterName = requester.name();
        ticket.createdAt = now;
        ticket.updatedAt = now;
        return ticket;
    }

    /** Who asked: a user of the tenant's realm. */
    public record Requester(String id, String name) {
    }

    public boolean isRequestedBy(String userId) {
        return requesterId.equals(userId);
    }

    public UUID id() {
        return id;
    }

    public TicketNumber number() {
        return new TicketNumber(number);
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public TicketStatus status() {
        return TicketStatus.fromCode(status);
    }

    public Requester requester() {
        return new Requester(requesterId, requesterName);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
