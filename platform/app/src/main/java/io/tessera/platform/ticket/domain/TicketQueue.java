package io.tessera.platform.ticket.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The current tenant's ticket queue as a read model: filtered, sorted, keyset-paginated summaries and counts per
 * status. Not an aggregate: reads only.
 */
public interface TicketQueue {

    /**
     * Which tickets: every non-null part narrows the result ({@code null} lists: no restriction; empty lists:
     * nothing matches).
     */
    record Filter(List<String> types, List<String> statuses, Boolean open, List<Integer> priorities,
                  List<UUID> groups, String assigneeId, String requesterId, Instant createdFrom, Instant createdTo,
                  Instant updatedFrom, Instant updatedTo, String text) {
    }

    /** A sort order by stable code ({@code created}, {@code updated}, {@code priority}), descending or not. */
    record Sort(String key, boolean descending) {
        public static final List<String> KEYS = List.of("created", "updated", "priority");
        public static final Sort DEFAULT = new Sort("created", true);

        public Sort {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown sort " + key);
            }
        }
    }

    /** A ticket as a queue shows it. */
    record Item(UUID id, String type, TicketNumber number, String title, String description, String status,
                int priority, int impact, int urgency, String requesterId, String requesterName,
                UUID assignmentGroupId, String assigneeId, String assigneeName, String channel, Instant createdAt,
                Instant updatedAt, long version) {
    }

    /** One page and the cursor of the next ({@code null} on the last page). */
    record Page(List<Item> items, String next) {
    }

    /**
     * @param after the {@code next} cursor of the previous page with the same sort, or null
     * @throws IllegalArgumentException for a cursor that is not one of this queue's (or of another sort)
     */
    Page page(Filter filter, Sort sort, String after, int limit);

    /** How many tickets match {@code filter}, per status code. */
    Map<String, Long> countByStatus(Filter filter);
}
