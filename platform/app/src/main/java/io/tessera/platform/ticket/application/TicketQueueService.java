package io.tessera.platform.ticket.application;

import io.tessera.platform.group.application.GroupDirectory;
import io.tessera.platform.identity.CurrentUser;
import io.tessera.platform.ticket.domain.Priority;
import io.tessera.platform.ticket.domain.TicketQueue;
import io.tessera.platform.ticket.domain.TicketType;
import io.tessera.platform.ticket.domain.TicketTypes;
import io.tessera.platform.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The queues agents work from and end users follow their tickets in. Scopes: {@code mine} (tickets I requested),
 * {@code all} (the tenant's queue; end users only ever get their own), {@code assigned} (my work: open tickets
 * assigned to me) and {@code groups} (my groups' work: open tickets of the groups I am in).
 */
@ApplicationScoped
@Transactional
public class TicketQueueService {

    public static final List<String> SCOPES = List.of("mine", "all", "assigned", "groups");
    public static final int MAX_LIMIT = 100;

    @Inject
    TicketQueue queue;
    @Inject
    GroupDirectory groups;

    /** A queue request as the API receives it; codes are checked here. */
    public record Query(String scope, List<String> types, List<String> statuses, Boolean open,
                        List<String> priorities, List<String> groups, String assignee, String requester,
                        Instant createdFrom, Instant createdTo, Instant updatedFrom, Instant updatedTo, String text,
                        String sort) {

        /** The whole queue of a scope, default sort. */
        public static Query of(String scope) {
            return new Query(scope, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    public TicketQueue.Page page(CurrentUser caller, Query q, String after, int limit) {
        TicketQueue.Sort sort = sort(q.sort());
        try {
            return queue.page(filter(caller, q), sort, after, Math.max(1, Math.min(limit, MAX_LIMIT)));
        } catch (IllegalArgumentException badCursor) {
            throw ApiException.badRequest("invalid-cursor");
        }
    }

    public Map<String, Long> countByStatus(CurrentUser caller, Query q) {
        return queue.countByStatus(filter(caller, q));
    }

    private TicketQueue.Filter filter(CurrentUser caller, Query q) {
        String scope = q.scope() == null ? "all" : q.scope();
        if (!SCOPES.contains(scope)) {
            throw ApiException.badRequest("invalid-scope", scope);
        }
        boolean agent = caller.isAgent();
        String requester = "mine".equals(scope) || !agent ? caller.id() : me(caller, q.requester());
        String assignee = me(caller, q.assignee());
        List<UUID> groupIds = q.groups() == null ? null : q.groups().stream().map(TicketQueueService::group).toList();
        Boolean open = q.open();
        if (agent && "assigned".equals(scope)) {
            assignee = caller.id();
            open = open == null ? Boolean.TRUE : open;
        } else if (agent && "groups".equals(scope)) {
            groupIds = groups.groupsOf(caller.id());
            open = open == null ? Boolean.TRUE : open;
        }
        return new TicketQueue.Filter(types(q.types()), statuses(q.statuses()), open, priorities(q.priorities()),
                groupIds, assignee, requester, q.createdFrom(), q.createdTo(), q.updatedFrom(), q.updatedTo(),
                q.text() == null || q.text().isBlank() ? null : q.text().strip());
    }

    private static String me(CurrentUser caller, String user) {
        return "me".equals(user) ? caller.id() : user;
    }

    private static TicketQueue.Sort sort(String text) {
        if (text == null || text.isBlank()) {
            return TicketQueue.Sort.DEFAULT;
        }
        boolean descending = text.startsWith("-");
        String key = descending ? text.substring(1) : text;
        if (!TicketQueue.Sort.KEYS.contains(key)) {
            throw ApiException.badRequest("invalid-query", "sort", text,
                    String.join(", ", TicketQueue.Sort.KEYS) + " (prefix - for descending)");
        }
        return new TicketQueue.Sort(key, descending);
    }

    private static List<String> types(List<String> codes) {
        if (codes == null) {
            return null;
        }
        List<String> types = new ArrayList<>();
        for (String c : codes) {
            types.add(TicketTypes.byCode(c).map(TicketType::code).orElseThrow(() -> ApiException.badRequest(
                    "invalid-query", "type", c, TicketTypes.all().stream().map(TicketType::code).toList().toString())));
        }
        return types;
    }

    private static List<String> statuses(List<String> codes) {
        if (codes != null && codes.stream().anyMatch(c -> !c.matches("[a-z][a-z_]{0,29}"))) {
            throw ApiException.badRequest("invalid-query", "status", codes.toString(), "status codes");
        }
        return codes;
    }

    private static List<Integer> priorities(List<String> codes) {
        if (codes == null) {
            return null;
        }
        return codes.stream().map(c -> Priority.fromCode(c).map(Priority::rank).orElseThrow(() ->
                ApiException.badRequest("invalid-query", "priority", c, "P1, P2, P3, P4, P5"))).toList();
    }

    private static UUID group(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid-query", "group", id, "group ids");
        }
    }
}
