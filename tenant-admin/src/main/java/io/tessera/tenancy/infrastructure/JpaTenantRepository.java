package io.tessera.tenancy.infrastructure;

import io.tessera.platform.tenancy.TenantId;
import io.tessera.tenancy.domain.Tenant;
import io.tessera.tenancy.domain.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTenantRepository implements TenantRepository {

    @PersistenceContext(unitName = "tessera")
    EntityManager em;

    @Override
    public Optional<Tenant> find(TenantId id) {
        return Optional.ofNullable(em.find(Tenant.class, id.value()));
    }

    @Override
    public List<Tenant> list(String afterSlug, int limit) {
        return em.createQuery("select t from Tenant t where t.slug > :after order by t.slug", Tenant.class)
                .setParameter("after", afterSlug == null ? "" : afterSlug)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void add(Tenant tenant) {
        em.persist(tenant);
        em.flush();
    }

    @Override
    public void remove(Tenant tenant) {
        em.remove(em.contains(tenant) ? tenant : em.merge(tenant));
    }

    @Override
    public void recordEvent(TenantId id, String type, String actor, String detail) {
        em.createNativeQuery("insert into control.tenant_event (tenant_slug, type, actor, detail, occurred_at) "
                        + "values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, id.value())
                .setParameter(2, type)
                .setParameter(3, actor)
                .setParameter(4, detail)
                .setParameter(5, Instant.now())
                .executeUpdate();
    }
}
