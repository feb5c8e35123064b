package io.tessera.platform.ticket.infrastructure;

import io.tessera.platform.ticket.domain.CategoryCatalog;
import io.tessera.platform.ticket.domain.Level;
import io.tessera.platform.ticket.domain.Priority;
import io.tessera.platform.ticket.domain.PriorityMatrix;
import io.tessera.platform.ticket.domain.TicketPolicy;
import io.tessera.platform.ticket.domain.TicketSettings;
import io.tessera.platform.tenancy.TenantContext;
import io.tessera.platform.tenancy.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.time.Instant;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ticket settings in the current tenant's schema: {@code priority_matrix} (nine rows, seeded with the ITIL
 * default by the migration) and {@code ticket_settings} (one row). Read on every ticket change, so both are cached
 * per tenant for {@link #TTL}; a change drops the cache of this node when it commits (other nodes see it within
 * the TTL).
 */
@ApplicationScoped
public class JpaTicketSettings implements TicketSettings {

    static final Duration TTL = Duration.ofSeconds(10);

    @PersistenceContext(unitName = "tessera")
    EntityManager em;
    @Inject
    TenantContext tenant;
    @Resource
    TransactionSynchronizationRegistry transactions;

    private record Cached(PriorityMatrix matrix, TicketPolicy policy, CategoryCatalog categories, Instant until) {
    }

    private final ConcurrentHashMap<TenantId, Cached> cache = new ConcurrentHashMap<>();

    private Cached cached() {
        TenantId t = tenant.require();
        Cached c = cache.get(t);
        if (c == null || c.until().isBefore(Instant.now())) {
            c = new Cached(loadMatrix(), loadPolicy(), loadCategories(), Instant.now().plus(TTL));
            cache.put(t, c);
        }
        return c;
    }

    private void dropOnCompletion() {
        TenantId t = tenant.require();
        cache.remove(t);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before the commit
            }

            @Override
            public void afterCompletion(int status) {
                cache.remove(t);
            }
        });
    }

    @Override
    public PriorityMatrix priorityMatrix() {
        return cached().matrix();
    }

    @Override
    public TicketPolicy policy() {
        return cached().policy();
    }

    @Override
    public CategoryCatalog categories() {
        return cached().categories();
    }

    @Override
    public void saveCategories(CategoryCatalog catalog) {
        dropOnCompletion();
        em.createNativeQuery("delete from ticket_category").executeUpdate();
        int position = 0;
        for (var e : catalog.categories().entrySet()) {
            List<String> subs = e.getValue().isEmpty() ? List.of("") : e.getValue();
            for (String sub : subs) {
                em.createNativeQuery("insert into ticket_category (category, subcategory, position) values (?1, ?2, ?3)")
                        .setParameter(1, e.getKey()).setParameter(2, sub).setParameter(3, position++).executeUpdate();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private CategoryCatalog loadCategories() {
        List<Object[]> rows = em.createNativeQuery("select category, subcategory from ticket_category order by position")
                .getResultList();
        Map<String, List<String>> categories = new java.util.LinkedHashMap<>();
        for (Object[] r : rows) {
            List<String> subs = categories.computeIfAbsent((String) r[0], k -> new java.util.ArrayList<>());
            if (!((String) r[1]).isEmpty()) {
                subs.add((String) r[1]);
            }
        }
        return new CategoryCatalog(categories);
    }

    @SuppressWarnings("unchecked")
    private PriorityMatrix loadMatrix() {
        List<Object[]> rows = em.createNativeQuery("select impact, urgency, priority from priority_matrix")
                .getResultList();
        if (rows.size() != 9) {
            return PriorityMatrix.ITIL_DEFAULT;
        }
        Map<PriorityMatrix.Cell, Priority> cells = new HashMap<>();
        for (Object[] r : rows) {
            cells.put(new PriorityMatrix.Cell(new Level(((Number) r[0]).intValue()), new Level(((Number) r[1]).intValue())),
                    new Priority(((Number) r[2]).intValue()));
        }
        return PriorityMatrix.of(cells);
    }

    @Override
    public void savePriorityMatrix(PriorityMatrix matrix) {
        dropOnCompletion();
        em.createNativeQuery("delete from priority_matrix").executeUpdate();
        matrix.cells().forEach((cell, priority) -> em.createNativeQuery(
                        "insert into priority_matrix (impact, urgency, priority) values (?1, ?2, ?3)")
                .setParameter(1, cell.impact().rank())
                .setParameter(2, cell.urgency().rank())
                .setParameter(3, priority.rank())
                .executeUpdate());
    }

    private TicketPolicy loadPolicy() {
        List<?> rows = em.createNativeQuery("select reopen_window_days, max_attachment_bytes from ticket_settings")
                .getResultList();
        if (rows.isEmpty()) {
            return TicketPolicy.DEFAULT;
        }
        Object[] r = (Object[]) rows.get(0);
        return new TicketPolicy(((Number) r[0]).intValue(), ((Number) r[1]).longValue());
    }

    @Override
    public void savePolicy(TicketPolicy policy) {
        dropOnCompletion();
        em.createNativeQuery("insert into ticket_settings (id, reopen_window_days, max_attachment_bytes) "
                        + "values (true, ?1, ?2) on conflict (id) do update set reopen_window_days = "
                        + "excluded.reopen_window_days, max_attachment_bytes = excluded.max_attachment_bytes")
                .setParameter(1, policy.reopenWindowDays())
                .setParameter(2, policy.maxAttachmentBytes())
                .executeUpdate();
    }
}
