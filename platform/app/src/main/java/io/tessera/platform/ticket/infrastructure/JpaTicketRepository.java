package io.tessera.platform.ticket.infrastructure;

import io.tessera.platform.ticket.domain.Ticket;
import io.tessera.platform.ticket.domain.TicketAttachment;
import io.tessera.platform.ticket.domain.TicketComment;
import io.tessera.platform.ticket.domain.TicketLink;
import io.tessera.platform.ticket.domain.TicketNumber;
import io.tessera.platform.ticket.domain.TicketRepository;
import io.tessera.platform.ticket.domain.TicketType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tickets in the current tenant's schema (the session is routed there by the tenant context). */
@ApplicationScoped
public class JpaTicketRepository implements TicketRepository {

    @PersistenceContext(unitName = "tessera")
    EntityManager em;

    @Override
    public TicketNumber nextNumber(TicketType type) {
        // the sequence name comes from the type registry, never from input
        Number n = (Number) em.createNativeQuery("select nextval('" + type.numberSequence() + "')").getSingleResult();
        return new TicketNumber(type, n.longValue());
    }

    @Override
    public void add(Ticket ticket) {
        em.persist(ticket);
    }

    @Override
    public Optional<Ticket> find(TicketNumber number) {
        Class<? extends Ticket> entity = number.type().entity();
        return em.createQuery("select t from " + entity.getSimpleName() + " t where t.number = :n", entity)
                .setParameter("n", number.value())
                .getResultStream().findFirst().map(Ticket.class::cast);
    }

    @Override
    public Optional<Ticket> findById(UUID id) {
        return Optional.ofNullable(em.find(Ticket.class, id));
    }

    @Override
    public List<Ticket> children(UUID parentId) {
        return em.createQuery("select t from Ticket t where t.parentId = :p order by t.createdAt, t.id", Ticket.class)
                .setParameter("p", parentId).getResultList();
    }

    @Override
    public void add(TicketComment comment) {
        em.persist(comment);
    }

    @Override
    public List<TicketComment> comments(UUID ticketId, boolean withWorkNotes) {
        String jpql = "select c from TicketComment c where c.ticketId = :t"
                + (withWorkNotes ? "" : " and c.visibility = '" + TicketComment.PUBLIC + "'")
                + " order by c.createdAt, c.id";
        return em.createQuery(jpql, TicketComment.class).setParameter("t", ticketId).getResultList();
    }

    @Override
    public void add(TicketAttachment attachment) {
        em.persist(attachment);
    }

    @Override
    public Optional<TicketAttachment> attachment(UUID id) {
        return Optional.ofNullable(em.find(TicketAttachment.class, id));
    }

    @Override
    public List<TicketAttachment> attachments(UUID ticketId) {
        return em.createQuery("select a from TicketAttachment a where a.ticketId = :t order by a.createdAt, a.id",
                TicketAttachment.class).setParameter("t", ticketId).getResultList();
    }

    @Override
    public void add(TicketLink link) {
        em.persist(link);
    }

    @Override
    public void remove(TicketLink link) {
        em.remove(link);
    }

    @Override
    public Optional<TicketLink> link(UUID id) {
        return Optional.ofNullable(em.find(TicketLink.class, id));
    }

    @Override
    public boolean linked(UUID sourceId, UUID targetId, String kind) {
        return !em.createQuery("select l.id from TicketLink l where l.sourceId = :s and l.targetId = :t and l.kind = :k",
                        UUID.class)
                .setParameter("s", sourceId).setParameter("t", targetId).setParameter("k", kind)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<TicketLink> links(UUID ticketId) {
        return em.createQuery("select l from TicketLink l where l.sourceId = :t or l.targetId = :t "
                + "order by l.createdAt, l.id", TicketLink.class).setParameter("t", ticketId).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
