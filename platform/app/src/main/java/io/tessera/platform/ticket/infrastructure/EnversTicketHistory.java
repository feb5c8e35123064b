package io.tessera.platform.ticket.infrastructure;

import io.tessera.platform.audit.AuditRevision;
import io.tessera.platform.ticket.domain.Actor;
import io.tessera.platform.ticket.domain.Ticket;
import io.tessera.platform.ticket.domain.TicketComment;
import io.tessera.platform.ticket.domain.TicketHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Hibernate;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;

import java.util.List;

/** A ticket's history from its Envers audit tables in the current tenant's schema. */
@ApplicationScoped
public class EnversTicketHistory implements TicketHistory {

    @PersistenceContext(unitName = "tessera")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<Snapshot> snapshots(Ticket ticket) {
        AuditReader reader = AuditReaderFactory.get(em);
        List<Object[]> rows = reader.createQuery()
                .forRevisionsOfEntity(Hibernate.getClass(ticket), false, true)
                .add(AuditEntity.id().eq(ticket.id()))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        return rows.stream().map(r -> new Snapshot(revision((AuditRevision) r[1]), ((Ticket) r[0]).describe()))
                .toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<CommentRevision> comments(Ticket ticket) {
        AuditReader reader = AuditReaderFactory.get(em);
        List<Object[]> rows = reader.createQuery()
                .forRevisionsOfEntity(TicketComment.class, false, true)
                .add(AuditEntity.property("ticketId").eq(ticket.id()))
                .add(AuditEntity.revisionType().eq(org.hibernate.envers.RevisionType.ADD))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        return rows.stream().map(r -> new CommentRevision(revision((AuditRevision) r[1]), (TicketComment) r[0]))
                .toList();
    }

    private static Revision revision(AuditRevision r) {
        return new Revision(r.id(), r.at(), new Actor(r.authorId(), r.authorName()));
    }
}
