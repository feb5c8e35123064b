package io.tessera.platform.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A comment on a ticket: a public reply (the requester sees it) or an internal work note (agents only). Written
 * once; its author and time are fixed.
 */
@Entity
@Table(name = "ticket_comment")
@Audited
public class TicketComment {

    public static final int MAX_BODY = 10_000;
    public static final String PUBLIC = "public";
    public static final String WORK_NOTE = "work_note";
    public static final AllowedCodes VISIBILITIES = AllowedCodes.of("visibility", PUBLIC, WORK_NOTE);

    @Id
    private UUID id;
    @Column(name = "ticket_id", nullable = false, updatable = false)
    private UUID ticketId;
    @Column(name = "visibility", nullable = false, updatable = false, length = 20)
    private String visibility;
    @Column(name = "body", nullable = false, updatable = false)
    private String body;
    @Column(name = "author_id", nullable = false, updatable = false, length = 64)
    private String authorId;
    @Column(name = "author_name", nullable = false, updatable = false, length = 200)
    private String authorName;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected TicketComment() {
    }

    /**
     * A comment by {@code author} on {@code ticket}. Only agents write work notes.
     *
     * @throws TicketRuleException for an empty or too long body, an unknown visibility, or a work note by an end user
     */
    public static TicketComment on(Ticket ticket, Actor author, boolean authorIsAgent, String visibility, String body,
                                   Instant now) {
        String v = VISIBILITIES.require(visibility == null ? PUBLIC : visibility);
        if (WORK_NOTE.equals(v) && !authorIsAgent) {
            throw new TicketRuleException(TicketRuleException.Kind.FORBIDDEN, "work-notes-agents-only", List.of(),
                    Map.of());
        }
        TicketComment c = new TicketComment();
        c.id = UUID.randomUUID();
        c.ticketId = ticket.id();
        c.visibility = v;
        c.body = TicketText.required("body", body, MAX_BODY);
        c.authorId = author.id();
        c.authorName = author.name();
        c.createdAt = now;
        ticket.commented();
        return c;
    }

    public boolean isWorkNote() {
        return WORK_NOTE.equals(visibility);
    }

    public UUID id() {
        return id;
    }

    public UUID ticketId() {
        return ticketId;
    }

    public String visibility() {
        return visibility;
    }

    public String body() {
        return body;
    }

    public Actor author() {
        return new Actor(authorId, authorName);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
