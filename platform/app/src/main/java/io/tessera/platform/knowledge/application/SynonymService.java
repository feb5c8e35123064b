package io.tessera.platform.knowledge.application;

import io.tessera.platform.knowledge.domain.Actor;
import io.tessera.platform.knowledge.domain.TenantSynonymSet;
import io.tessera.platform.search.query.BuiltInSynonyms;
import io.tessera.platform.search.query.SynonymSet;
import io.tessera.platform.tenancy.TenantContext;
import io.tessera.platform.tenancy.TenantId;
import io.tessera.platform.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The current tenant's search synonyms: the built-in bilingual set plus the sets its admins maintain. Applied at
 * query time, so a change takes effect with the next search — no reindex, no redeploy. Each node caches a tenant's
 * sets for {@value #CACHE_MILLIS} ms and drops its cache on a change it makes itself.
 */
@ApplicationScoped
@Transactional
public class SynonymService {

    static final long CACHE_MILLIS = 5_000;
    public static final int MAX_SETS = 2_000;

    @PersistenceContext(unitName = "tessera")
    EntityManager em;
    @Inject
    TenantContext tenant;
    /** This bean through its proxy: loading the tenant's sets runs in a transaction, answering from memory not. */
    @Inject
    SynonymService self;

    private record Cached(List<SynonymSet> sets, long loadedAt) {
    }

    private final Map<TenantId, Cached> cache = new ConcurrentHashMap<>();

    /**
     * Built-in sets followed by the tenant's own: a value (search answers are cached under it), and the same
     * instance until a set changes.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SynonymSet> effective() {
        TenantId t = tenant.require();
        Cached c = cache.get(t);
        long now = System.currentTimeMillis();
        if (c == null || now - c.loadedAt() > CACHE_MILLIS) {
            List<SynonymSet> sets = new ArrayList<>(BuiltInSynonyms.sets());
            self.list().forEach(s -> sets.add(s.set()));
            // the same list while nothing changed: cached search answers stay valid across reloads
            c = new Cached(c != null && c.sets().equals(sets) ? c.sets() : List.copyOf(sets), now);
            cache.put(t, c);
        }
        return c.sets();
    }

    public List<TenantSynonymSet> list() {
        return em.createQuery("select s from TenantSynonymSet s order by s.updatedAt, s.id", TenantSynonymSet.class)
                .setMaxResults(MAX_SETS).getResultList();
    }

    public TenantSynonymSet add(SynonymSet set, Actor by) {
        long count = em.createQuery("select count(s) from TenantSynonymSet s", Long.class).getSingleResult();
        if (count >= MAX_SETS) {
            throw ApiException.conflict("too-many-synonym-sets", MAX_SETS);
        }
        TenantSynonymSet s = TenantSynonymSet.create(set, by, Instant.now());
        em.persist(s);
        cache.remove(tenant.require());
        return s;
    }

    public TenantSynonymSet replace(UUID id, SynonymSet set, Actor by) {
        TenantSynonymSet s = find(id);
        s.replace(set, by, Instant.now());
        cache.remove(tenant.require());
        return s;
    }

    public void delete(UUID id) {
        em.remove(find(id));
        cache.remove(tenant.require());
    }

    private TenantSynonymSet find(UUID id) {
        TenantSynonymSet s = em.find(TenantSynonymSet.class, id);
        if (s == null) {
            throw ApiException.notFound("synonym-set-not-found", id.toString());
        }
        return s;
    }
}
