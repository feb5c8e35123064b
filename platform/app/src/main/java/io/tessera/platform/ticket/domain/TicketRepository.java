package io.tessera.platform.ticket.domain;

import java.util.List;
import java.util.Optional;

/** The current tenant's tickets. */
public interface TicketRepository {

    TicketNumber nextNumber();

    void add(Ticket ticket);

    Optional<Ticket> find(TicketNumber number);

    /**
     * Newest first, keyset-paginated: tickets numbered below {@code before} (null: from the newest), at most
     * {@code limit}, only those requested by {@code requesterId} unless it is null.
     */
    List<Ticket> page(String requesterId, Long before, int limit);
}
