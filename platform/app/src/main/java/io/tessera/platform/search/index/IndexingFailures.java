package io.tessera.platform.search.index;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The indexing failures this node has seen since it started (most recent {@value #KEPT} kept), so they are visible
 * through the index health API rather than only as a log line. Filled by {@link RecordingFailureHandler}; a node
 * registry, not tenant state: callers show a tenant only the failures about its own entities.
 */
public final class IndexingFailures {

    public static final int KEPT = 500;

    /** One failure: what failed, about which entities (type name and id), when. */
    public record Failure(Instant at, String operation, String message, List<EntityRef> entities) {
    }

    public record EntityRef(String type, Object id) {
    }

    private static final Deque<Failure> RECENT = new ArrayDeque<>();
    private static final AtomicLong TOTAL = new AtomicLong();

    private IndexingFailures() {
    }

    public static void record(Failure failure) {
        TOTAL.incrementAndGet();
        synchronized (RECENT) {
            RECENT.addFirst(failure);
            while (RECENT.size() > KEPT) {
                RECENT.removeLast();
            }
        }
    }

    public static List<Failure> recent() {
        synchronized (RECENT) {
            return List.copyOf(RECENT);
        }
    }

    public static long total() {
        return TOTAL.get();
    }
}
