package io.tessera.platform.ticket.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's tickets and their comments. */
public interface TicketRepository {

    /** The next number of {@code type} in this tenant (from the type's own sequence; gaps are possible). */
    TicketNumber nextNumber(TicketType type);

    void add(Ticket ticket);

    Optional<Ticket> find(TicketNumber number);

    Optional<Ticket> findById(UUID id);

    /** Tickets whose parent is {@code parentId}, oldest first. */
    List<Ticket> children(UUID parentId);

    void add(TicketComment comment);

    /** Comments on a ticket, oldest first; work notes only when {@code withWorkNotes}. */
    List<TicketComment> comments(UUID ticketId, boolean withWorkNotes);

    void add(TicketAttachment attachment);

    Optional<TicketAttachment> attachment(UUID id);

    /** A ticket's attachments, oldest first. */
    List<TicketAttachment> attachments(UUID ticketId);

    void add(TicketLink link);

    void remove(TicketLink link);

    Optional<TicketLink> link(UUID id);

    /** Whether this link exists already (same ends, same kind). */
    boolean linked(UUID sourceId, UUID targetId, String kind);

    /** Links from or to a ticket, oldest first. */
    List<TicketLink> links(UUID ticketId);

    /**
     * Writes pending changes now, so a concurrent update of the same ticket surfaces here (as
     * {@link jakarta.persistence.OptimisticLockException}) rather than at commit.
     */
    void flush();
}
