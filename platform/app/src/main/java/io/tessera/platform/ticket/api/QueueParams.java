package io.tessera.platform.ticket.api;

import io.tessera.platform.ticket.application.TicketQueueService;
import io.tessera.platform.web.ApiException;
import jakarta.ws.rs.QueryParam;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * The query parameters of a ticket queue. List parameters may repeat ({@code status=new&status=in_progress}) or
 * hold commas ({@code status=new,in_progress}); times are ISO-8601 instants ({@code 2026-11-01T00:00:00Z});
 * ranges include their start and exclude their end.
 */
public class QueueParams {

    @QueryParam("scope")
    String scope;
    @QueryParam("type")
    List<String> type;
    @QueryParam("status")
    List<String> status;
    @QueryParam("open")
    String open;
    @QueryParam("priority")
    List<String> priority;
    @QueryParam("group")
    List<String> group;
    @QueryParam("assignee")
    String assignee;
    @QueryParam("requester")
    String requester;
    @QueryParam("createdFrom")
    String createdFrom;
    @QueryParam("createdTo")
    String createdTo;
    @QueryParam("updatedFrom")
    String updatedFrom;
    @QueryParam("updatedTo")
    String updatedTo;
    @QueryParam("q")
    String q;
    @QueryParam("sort")
    String sort;
    @QueryParam("after")
    String after;
    @QueryParam("limit")
    String limit;

    TicketQueueService.Query query() {
        return new TicketQueueService.Query(scope, list(type), list(status), bool("open", open), list(priority),
                list(group), assignee, requester, instant("createdFrom", createdFrom), instant("createdTo", createdTo),
                instant("updatedFrom", updatedFrom), instant("updatedTo", updatedTo), q, sort);
    }

    int limit() {
        if (limit == null) {
            return 25;
        }
        try {
            return Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid-query", "limit", limit, "1.." + TicketQueueService.MAX_LIMIT);
        }
    }

    private static List<String> list(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).distinct().toList();
    }

    private static Boolean bool(String name, String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiException.badRequest("invalid-query", name, value, "true, false");
        };
    }

    private static Instant instant(String name, String value) {
        try {
            return value == null ? null : Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid-query", name, value, "ISO-8601 instants");
        }
    }
}
