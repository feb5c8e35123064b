package io.tessera.platform.ticket.infrastructure;

import io.tessera.platform.ticket.domain.Ticket;
import io.tessera.platform.ticket.domain.TicketNumber;
import io.tessera.platform.ticket.domain.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Optional;

/** Tickets in the current tenant's schema (the session is routed there by the tenant context). */
@ApplicationScoped
public class JpaTicketRepository implements TicketRepository {

    @PersistenceContext(unitName = "tessera")
    EntityManager em;

    @Override
    public TicketNumber nextNumber() {
        Number n = (Number) em.createNativeQuery("select nextval('ticket_number_seq')").getSingleResult();
        return new TicketNumber(n.longValue());
    }

    @Override
    public void add(Ticket ticket) {
        em.persist(ticket);
    }

    @Override
    public Optional<Ticket> find(TicketNumber number) {
        return em.createQuery("select t from Ticket t where t.number = :n", Ticket.class)
                .setParameter("n", number.value())
                .getResultStream().findFirst();
    }

    @Override
    public List<Ticket> page(String requesterId, Long before, int limit) {
        StringBuilder jpql = new StringBuilder("select t from Ticket t where 1 = 1");
        if (requesterId != null) {
            jpql.append(" and t.requesterId = :requester");
        }
        if (before != null) {
            jpql.append(" and t.number < :before");
        }
        jpql.append(" order by t.number desc");
        TypedQuery<Ticket> q = em.createQuery(jpql.toString(), Ticket.class).setMaxResults(limit);
        if (requesterId != null) {
            q.setParameter("requester", requesterId);
        }
        if (before != null) {
            q.setParameter("before", before);
        }
        return q.getResultList();
    }
}
