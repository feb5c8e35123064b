package io.tessera.platform.ticket.domain;

import io.tessera.platform.attachment.domain.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A file attached to a ticket: the stored file's metadata (its bytes live in the tenant's attachment store under the
 * attachment's id, ADR 0010) and the ticket it belongs to.
 */
@Entity
@Table(name = "ticket_attachment")
public class TicketAttachment extends StoredFile {

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private UUID ticketId;

    protected TicketAttachment() {
    }

    private TicketAttachment(UUID id, UUID ticketId, String filename, String contentType, long size, String sha256,
                             Actor by, Instant now) {
        super(id, filename, contentType, size, sha256, by.id(), by.name(), now);
        this.ticketId = ticketId;
    }

    /** Records a stored file; {@code filename} is sanitised here. */
    public static TicketAttachment of(UUID id, Ticket ticket, String filename, String contentType, long size,
                                      String sha256, Actor by, Instant now) {
        return new TicketAttachment(id, ticket.id(), filename, contentType, size, sha256, by, now);
    }

    public UUID ticketId() {
        return ticketId;
    }

    public Actor uploadedBy() {
        return new Actor(uploadedById(), uploadedByName());
    }
}
