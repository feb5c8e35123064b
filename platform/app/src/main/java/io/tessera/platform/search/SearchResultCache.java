package io.tessera.platform.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.tessera.platform.tenancy.TenantId;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * Recent search answers of this node, so a search people repeat ("VPN", "密码", what a portal suggests while
 * typing) is answered without running Lucene and the highlighter again.
 *
 * <p>An answer is kept under its tenant, the kind of search and the whole request (words, filters, page, and what
 * the reader may see: audience keys, not the user), together with the versions it was computed at — the index
 * readers' versions and the synonyms in force. It is served only while both are still current: any change to the
 * index (an article written, published, retired or re-targeted at another audience, a reindex; whichever node or
 * path made it) or to the tenant's synonyms makes every older answer a miss at once, never a stale hit. The
 * versions are taken before the search runs, so an answer is always at least as new as the versions it is filed
 * under. Entries also expire after {@link #MAX_AGE} and are bounded by an estimate of their size
 * ({@code tessera.search.cache-megabytes}, default {@value #DEFAULT_MEGABYTES}; 0 turns the cache off).
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

    private record Entry(Object value, Object indexVersion, Object synonymsVersion, int bytes) {
    }

    private static final class Counters {
        final LongAdder hits = new LongAdder();
        final LongAdder misses = new LongAdder();
    }

    private Cache<Key, Entry> cache;
    private final Map<TenantId, Counters> counters = new ConcurrentHashMap<>();

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
     * The cached answer to {@code request} in {@code tenant} if it was computed at these versions, otherwise a new
     * one from {@code search} (kept for the next caller).
     *
     * @param request         the complete request; equal requests must have equal answers (a record of values)
     * @param indexVersion    the versions of the index readers, taken before searching (equals on values)
     * @param synonymsVersion the synonyms the search uses (equals on values)
     * @param bytes           an estimate of an answer's size in bytes
     * @param asHit           how a cached answer is handed out (e.g. marked as coming from the cache)
     */
    public <T> T get(TenantId tenant, String kind, Object request, Object indexVersion, Object synonymsVersion,
                     Supplier<T> search, ToIntFunction<T> bytes, UnaryOperator<T> asHit) {
        Objects.requireNonNull(tenant, "tenant");
        Counters c = counters.computeIfAbsent(tenant, t -> new Counters());
        if (cache == null) {
            c.misses.increment();
            return search.get();
        }
        Key key = new Key(tenant, kind, request);
        Entry e = cache.getIfPresent(key);
        if (e != null && e.indexVersion().equals(indexVersion) && Objects.equals(e.synonymsVersion(), synonymsVersion)) {
            c.hits.increment();
            @SuppressWarnings("unchecked")
            T value = (T) e.value();
            return asHit.apply(value);
        }
        c.misses.increment();
        T value = search.get();
        cache.put(key, new Entry(value, indexVersion, synonymsVersion, bytes.applyAsInt(value)));
        return value;
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
