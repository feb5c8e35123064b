package io.tessera.platform.ticket.infrastructure;

import io.tessera.platform.ticket.domain.BlackoutWindow;
import io.tessera.platform.ticket.domain.Change;
import io.tessera.platform.ticket.domain.ChangeWindows;
import io.tessera.platform.ticket.domain.TransitionContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The change calendar in the current tenant's schema. */
@ApplicationScoped
public class JpaChangeWindows implements ChangeWindows {

    /** Statuses in which a change holds its planned window. */
    static final List<String> HOLDING = List.of("scheduled", "implementing");

    @PersistenceContext(unitName = "tessera")
    EntityManager em;

    @Override
    public List<TransitionContext.Conflict> collisions(Change change) {
        List<TransitionContext.Conflict> conflicts = new ArrayList<>();
        if (change.configurationItem() != null) {
            // two changes on the same item scheduled at once: the second waits for the first to commit
            em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext(?1))")
                    .setParameter(1, "change-window:" + change.configurationItem()).getResultList();
            em.createQuery("select c from Change c where c.id <> :id and c.configurationItem = :ci "
                            + "and c.status in :holding and c.plannedStart < :end and c.plannedEnd > :start "
                            + "order by c.plannedStart", Change.class)
                    .setParameter("id", change.id())
                    .setParameter("ci", change.configurationItem())
                    .setParameter("holding", HOLDING)
                    .setParameter("start", change.plannedStart())
                    .setParameter("end", change.plannedEnd())
                    .getResultList()
                    .forEach(c -> conflicts.add(new TransitionContext.Conflict("change", c.number().toString(),
                            c.plannedStart(), c.plannedEnd())));
        }
        blackoutsBetween(change.plannedStart(), change.plannedEnd()).forEach(b -> conflicts.add(
                new TransitionContext.Conflict("blackout", b.name(), b.startsAt(), b.endsAt())));
        return conflicts;
    }

    @Override
    public List<Change> plannedBetween(Instant from, Instant to, int limit) {
        return em.createQuery("select c from Change c where c.plannedStart < :to and c.plannedEnd > :from "
                        + "and c.status <> 'cancelled' order by c.plannedStart, c.id", Change.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void add(BlackoutWindow window) {
        em.persist(window);
    }

    @Override
    public void remove(BlackoutWindow window) {
        em.remove(window);
    }

    @Override
    public Optional<BlackoutWindow> blackout(UUID id) {
        return Optional.ofNullable(em.find(BlackoutWindow.class, id));
    }

    @Override
    public List<BlackoutWindow> blackoutsBetween(Instant from, Instant to) {
        return em.createQuery("select b from BlackoutWindow b where b.startsAt < :to and b.endsAt > :from "
                        + "order by b.startsAt", BlackoutWindow.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
