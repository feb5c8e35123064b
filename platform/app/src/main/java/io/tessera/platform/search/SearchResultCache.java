package io.tessera.platform.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.tessera.platform.search.index.ReadSyncWithNotice;
import io.tessera.platform.tenancy.TenantId;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * Recent search answers of this node, so a search people repeat ("VPN", "密码", what a portal suggests while
 * typing) is answered without running Lucene and the highlighter again.
 *
 * <p>An answer is kept under its tenant, the kind of search and the whole request (words, filters, page, and what
 * the reader may see: audience keys, not the user), together with the tenant's <em>index generation</em> and the
 * synonyms in force when it was computed. It is served only while both are still current. A tenant's generation
 * moves on once a change of that tenant's indexed data is visible to searches ({@link #indexChangesVisible}, told
 * by {@link io.tessera.platform.search.index.ReadSyncWithNotice} after every transaction that changed the index,
 * and by a reindex), so an article written, published, retired or re-targeted at another audience makes the
 * tenant's older answers a miss at once, never a stale hit, while other tenants keep theirs. The generation is
 * read before the search runs, so an answer is always at least as new as the generation it is filed under. When a
 * change cannot be put down to a tenant, every tenant's generation moves. Entries also expire after
 * {@link #MAX_AGE} and are bounded by an estimate of their size ({@code tessera.search.cache-megabytes}, default
 * {@value #DEFAULT_MEGABYTES}; 0 turns the cache off).
 *
 * <p>Tenant isolation: the tenant is part of every key, and callers pass the tenant their request is bound to.
 */
@ApplicationScoped
public class SearchResultCache {

    public static final int DEFAULT_MEGABYTES = 64;
    static final Duration MAX_AGE = Duration.ofMinutes(10);

    /** What a tenant's searches got from the cache on this node since it started. */
    public record Figures(boolean enabled, long hits, long misses) {
        public double hitRatio() {
            return hits + misses == 0 ? 0 : hits / (double) (hits + misses);
        }
    }

    private record Key(TenantId tenant, String kind, Object request) {
    }

    private record Entry(Object value, Generation generation, Object synonymsVersion, int bytes) {
    }

    /**
     * Where a tenant's answers stand: changes no tenant could be named for (on this node, and notices that could not
     * be delivered), and the tenant's own.
     */
    private record Generation(long everyone, long undelivered, long tenant) {
    }

    /** The index version a tenant's last notice saw, and the tenant's generation. */
    private record Seen(Object indexVersion, long generation) {
    }

    private static final class Counters {
        final LongAdder hits = new LongAdder();
        final LongAdder misses = new LongAdder();
    }

    private Cache<Key, Entry> cache;
    private final Map<TenantId, Counters> counters = new ConcurrentHashMap<>();
    private final Map<TenantId, Seen> seen = new ConcurrentHashMap<>();
    private final AtomicLong everyone = new AtomicLong();

    @PostConstruct
    void init() {
        configure(ConfigProvider.getConfig().getOptionalValue("tessera.search.cache-megabytes", Integer.class)
                .orElse(DEFAULT_MEGABYTES));
    }

    /** (Re)builds the cache with this bound; 0 or less turns it off. Drops what it held. */
    void configure(int megabytes) {
        cache = megabytes <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(megabytes * 1024L * 1024L)
                .weigher((Key k, Entry e) -> weightOf(k, e))
                .expireAfterWrite(MAX_AGE)
                .build();
    }

    /**
     * The cached answer to {@code request} in {@code tenant} if it was computed at the tenant's current index
     * generation with these synonyms, otherwise a new one from {@code search} (kept for the next caller).
     *
     * @param request         the complete request; equal requests must have equal answers (a record of values)
     * @param synonymsVersion the synonyms the search uses (equals on values)
     * @param bytes           an estimate of an answer's size in bytes
     * @param asHit           how a cached answer is handed out (e.g. marked as coming from the cache)
     */
    public <T> T get(TenantId tenant, String kind, Object request, Object synonymsVersion,
                     Supplier<T> search, ToIntFunction<T> bytes, UnaryOperator<T> asHit) {
        Objects.requireNonNull(tenant, "tenant");
        Counters c = counters.computeIfAbsent(tenant, t -> new Counters());
        if (cache == null) {
            c.misses.increment();
            return search.get();
        }
        Generation generation = generation(tenant);
        Key key = new Key(tenant, kind, request);
        Entry e = cache.getIfPresent(key);
        if (e != null && e.generation().equals(generation) && Objects.equals(e.synonymsVersion(), synonymsVersion)) {
            c.hits.increment();
            @SuppressWarnings("unchecked")
            T value = (T) e.value();
            return asHit.apply(value);
        }
        c.misses.increment();
        T value = search.get();
        cache.put(key, new Entry(value, generation, synonymsVersion, bytes.applyAsInt(value)));
        return value;
    }

    /**
     * A transaction's index changes are now visible to searches. {@code indexVersion} is the version of the index
     * the answers come from, read after the changes became visible; the tenant's generation moves on unless the
     * tenant's previous notice saw this very version (then that notice moved it, after the same changes were
     * visible). So a transaction that changed only other indexes (tickets) keeps the tenant's answers while the
     * answers' index stayed as it was, and another tenant's article changes never touch this tenant's answers.
     *
     * @param tenant       whose transaction it was; null when unknown (every tenant's generation moves)
     * @param indexVersion a value, equal while the index is unchanged; null when unknown (the generation moves)
     */
    public void indexChangesVisible(TenantId tenant, Object indexVersion) {
        if (tenant == null) {
            everyone.incrementAndGet();
            return;
        }
        seen.compute(tenant, (t, s) -> s == null ? new Seen(indexVersion, 1)
                : indexVersion != null && indexVersion.equals(s.indexVersion()) ? s
                : new Seen(indexVersion, s.generation() + 1));
    }

    /** The tenant's answers are no longer current (its index is being or has been rebuilt). */
    public void invalidate(TenantId tenant) {
        seen.compute(tenant, (t, s) -> new Seen(null, s == null ? 1 : s.generation() + 1));
    }

    private Generation generation(TenantId tenant) {
        Seen s = seen.get(tenant);
        return new Generation(everyone.get(), ReadSyncWithNotice.undelivered(), s == null ? 0 : s.generation());
    }

    public Figures figures(TenantId tenant) {
        Counters c = counters.get(tenant);
        return new Figures(cache != null, c == null ? 0 : c.hits.sum(), c == null ? 0 : c.misses.sum());
    }

    /** The estimated bytes held (0 when off). */
    long weight() {
        return cache == null ? 0 : cache.policy().eviction().flatMap(e -> e.weightedSize().stream().boxed()
                .findFirst()).orElse(0L);
    }

    void cleanUp() {
        if (cache != null) {
            cache.cleanUp();
        }
    }

    private static int weightOf(Key k, Entry e) {
        return 256 + k.request().toString().length() * 2 + Math.max(0, e.bytes());
    }
}
