package io.tessera.platform.sla.infrastructure;

import io.tessera.platform.sla.domain.CalendarRepository;
import io.tessera.platform.sla.domain.TenantCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Calendars in the current tenant's schema (the session is routed there by the tenant context). */
@ApplicationScoped
public class JpaCalendarRepository implements CalendarRepository {

    @PersistenceContext(unitName = "tessera")
    EntityManager em;

    @Override
    public void add(TenantCalendar calendar) {
        em.persist(calendar);
    }

    @Override
    public Optional<TenantCalendar> find(UUID id) {
        return Optional.ofNullable(em.find(TenantCalendar.class, id));
    }

    @Override
    public boolean nameTaken(String name, UUID except) {
        return em.createQuery("select c.id from TenantCalendar c where lower(c.name) = lower(:name)", UUID.class)
                .setParameter("name", name.strip())
                .getResultStream().anyMatch(id -> !id.equals(except));
    }

    @Override
    public List<TenantCalendar> page(String after, int limit) {
        if (after == null) {
            return em.createQuery("select c from TenantCalendar c order by lower(c.name)", TenantCalendar.class)
                    .setMaxResults(limit).getResultList();
        }
        return em.createQuery("select c from TenantCalendar c where lower(c.name) > lower(:after)"
                        + " order by lower(c.name)", TenantCalendar.class)
                .setParameter("after", after).setMaxResults(limit).getResultList();
    }

    @Override
    public void remove(TenantCalendar calendar) {
        em.remove(calendar);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
