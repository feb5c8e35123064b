package io.tessera.platform.sla.infrastructure;

import io.tessera.platform.sla.domain.SlaClock;
import io.tessera.platform.sla.domain.SlaPolicy;
import io.tessera.platform.sla.domain.SlaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaSlaRepository implements SlaRepository {

    @PersistenceContext(unitName = "tessera")
    EntityManager em;

    @Override
    public void add(SlaPolicy policy) {
        em.persist(policy);
    }

    @Override
    public Optional<SlaPolicy> policy(UUID id) {
        return Optional.ofNullable(em.find(SlaPolicy.class, id));
    }

    @Override
    public List<SlaPolicy> policies() {
        return em.createQuery("select p from SlaPolicy p order by p.position, lower(p.name)", SlaPolicy.class)
                .getResultList();
    }

    @Override
    public boolean policyNameTaken(String name, UUID except) {
        return em.createQuery("select p.id from SlaPolicy p where lower(p.name) = lower(:name)", UUID.class)
                .setParameter("name", name.strip()).getResultStream().anyMatch(id -> !id.equals(except));
    }

    @Override
    public void remove(SlaPolicy policy) {
        em.remove(policy);
    }

    @Override
    public void add(SlaClock clock) {
        em.persist(clock);
    }

    @Override
    public Optional<SlaClock> clock(UUID id) {
        return Optional.ofNullable(em.find(SlaClock.class, id));
    }

    @Override
    public List<SlaClock> clocksOf(UUID ticketId) {
        return em.createQuery("select c from SlaClock c where c.ticketId = :t order by c.metric", SlaClock.class)
                .setParameter("t", ticketId).getResultList();
    }

    @Override
    public List<SlaClock> runningOn(UUID calendarId) {
        return em.createQuery("select c from SlaClock c where c.calendarId = :c and c.stoppedAt is null",
                SlaClock.class).setParameter("c", calendarId).getResultList();
    }

    @Override
    public List<SlaClock> runningUnder(UUID policyId) {
        return em.createQuery("select c from SlaClock c where c.policyId = :p and c.stoppedAt is null",
                SlaClock.class).setParameter("p", policyId).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
