package io.tessera.platform.search.index;

import io.tessera.platform.search.SearchResultCache;
import io.tessera.platform.search.SearchToolkit;
import io.tessera.platform.tenancy.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.session.SearchSession;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Per-tenant index administration: rebuilds a tenant's documents from its database (mass indexing bound to the
 * tenant, other tenants untouched) and reports how healthy the tenant's index is: documents in the index versus rows
 * in the database per indexed entity, the state of the last rebuild, and the indexing failures about the tenant's
 * own entities.
 */
@ApplicationScoped
public class IndexAdministration {

    private static final Logger LOG = Logger.getLogger(IndexAdministration.class.getName());

    @PersistenceUnit(unitName = "tessera")
    EntityManagerFactory emf;
    @PersistenceContext(unitName = "tessera")
    EntityManager em;
    @Resource
    ManagedExecutorService executor;
    @Inject
    SearchToolkit toolkit;
    @Inject
    SearchResultCache cache;

    private final Map<TenantId, Reindex> reindexes = new ConcurrentHashMap<>();

    /** State of a tenant's last rebuild. */
    public record Reindex(String state, Instant startedAt, Instant finishedAt, String error) {
        public static final String RUNNING = "running";
        public static final String SUCCEEDED = "succeeded";
        public static final String FAILED = "failed";
    }

    public record EntityHealth(String entity, long databaseRows, long indexedDocuments) {
    }

    public record Failure(Instant at, String entity, String id, String message) {
    }

    /**
     * @param ratio    indexed documents / database rows over all indexed entities (1.0 when in sync, also for none)
     * @param analysis null when the analyzers work, otherwise the problem
     * @param cache    how this tenant's searches used this node's cache of recent answers since it started
     */
    public record Health(String status, double ratio, List<EntityHealth> entities, Reindex lastReindex,
                         long failuresSinceStart, List<Failure> recentFailures, String analysis, Cache cache) {
    }

    /** @param hitRatio hits / (hits + misses), 0 before the first search */
    public record Cache(boolean enabled, long hits, long misses, double hitRatio) {
    }

    /** Starts rebuilding the tenant's index unless a rebuild is running already; returns the rebuild's state. */
    public Reindex startReindex(TenantId tenant) {
        Reindex running = new Reindex(Reindex.RUNNING, Instant.now(), null, null);
        Reindex previous = reindexes.get(tenant);
        if (previous != null && Reindex.RUNNING.equals(previous.state())) {
            return previous;
        }
        reindexes.put(tenant, running);
        executor.submit(() -> {
            cache.invalidate(tenant);
            try {
                Search.mapping(emf).scope(Object.class).massIndexer(tenant.schema())
                        .purgeAllOnStart(true)
                        .threadsToLoadObjects(2)
                        .batchSizeToLoadObjects(250)
                        .startAndWait();
                reindexes.put(tenant, new Reindex(Reindex.SUCCEEDED, running.startedAt(), Instant.now(), null));
                LOG.info(() -> "search index of " + tenant + " rebuilt in "
                        + Duration.between(running.startedAt(), Instant.now()).toMillis() + " ms");
            } catch (Exception | Error e) {
                LOG.log(Level.SEVERE, "rebuilding the search index of " + tenant + " failed", e);
                reindexes.put(tenant, new Reindex(Reindex.FAILED, running.startedAt(), Instant.now(),
                        e.getClass().getSimpleName() + ": " + e.getMessage()));
            } finally {
                cache.invalidate(tenant);
            }
        });
        return running;
    }

    /** The health of the current tenant's index (the entity manager is bound to {@code tenant}). */
    @Transactional
    public Health health(TenantId tenant) {
        SearchSession session = Search.session(em);
        List<EntityHealth> entities = new ArrayList<>();
        long rows = 0;
        long docs = 0;
        for (SearchIndexedEntity<?> e : Search.mapping(emf).allIndexedEntities()) {
            long r = em.createQuery("select count(e) from " + e.jpaName() + " e", Long.class).getSingleResult();
            long d = session.search(e.javaClass()).where(f -> f.matchAll()).fetchTotalHitCount();
            entities.add(new EntityHealth(e.jpaName(), r, d));
            rows += r;
            docs += d;
        }
        List<Failure> mine = ownFailures();
        Reindex last = reindexes.get(tenant);
        double ratio = rows == 0 ? (docs == 0 ? 1.0 : 0.0) : Math.min(docs, rows) / (double) Math.max(docs, rows);
        String status = toolkit.analysisProblem() != null ? "failing"
                : last != null && Reindex.RUNNING.equals(last.state()) ? "reindexing"
                : ratio < 1.0 || !mine.isEmpty() ? "degraded" : "ok";
        SearchResultCache.Figures c = cache.figures(tenant);
        return new Health(status, ratio, entities, last, mine.size(), mine.stream().limit(20).toList(),
                toolkit.analysisProblem(), new Cache(c.enabled(), c.hits(), c.misses(), c.hitRatio()));
    }

    /** Recorded failures about entities that exist in the current tenant's schema (ids are UUIDs, unique). */
    private List<Failure> ownFailures() {
        List<IndexingFailures.Failure> recent = IndexingFailures.recent();
        if (recent.isEmpty()) {
            return List.of();
        }
        Map<String, List<Object>> idsByEntity = new LinkedHashMap<>();
        for (IndexingFailures.Failure f : recent) {
            for (IndexingFailures.EntityRef r : f.entities()) {
                idsByEntity.computeIfAbsent(r.type(), k -> new ArrayList<>()).add(r.id());
            }
        }
        java.util.Set<String> own = new java.util.HashSet<>();
        for (Map.Entry<String, List<Object>> e : idsByEntity.entrySet()) {
            try {
                em.createQuery("select e.id from " + e.getKey() + " e where e.id in :ids", Object.class)
                        .setParameter("ids", e.getValue()).getResultList()
                        .forEach(id -> own.add(e.getKey() + "#" + id));
            } catch (RuntimeException notAnEntity) {
                LOG.log(Level.FINE, "cannot check failures of " + e.getKey(), notAnEntity);
            }
        }
        List<Failure> out = new ArrayList<>();
        for (IndexingFailures.Failure f : recent) {
            for (IndexingFailures.EntityRef r : f.entities()) {
                if (own.contains(r.type() + "#" + r.id())) {
                    out.add(new Failure(f.at(), r.type(), String.valueOf(r.id()), f.message()));
                }
            }
        }
        return out;
    }
}
