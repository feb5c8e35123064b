package io.tessera.plugins.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tessera.sdk.TicketEvent;
import io.tessera.sdk.TicketView;
import java.time.Instant;

/**
 * The JSON document sent for one event. Field names and order are part of the plugin's contract with receivers
 * (see the plugin's README); instants are ISO-8601 in UTC.
 */
final class WebhookPayload {

    /** Thread-safe once configured; shared by all deliveries. */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WebhookPayload() {
    }

    /** Serializes the event to UTF-8 JSON; these exact bytes are sent and signed. */
    static byte[] toJson(TicketEvent event) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", event.id());
        root.put("type", event.type());
        root.put("tenant", event.tenantId());
        root.put("occurredAt", iso(event.occurredAt()));

        TicketView ticket = event.ticket();
        ObjectNode node = root.putObject("ticket");
        node.put("number", ticket.number());
        node.put("title", ticket.title());
        node.put("description", ticket.description());
        node.put("status", ticket.status());
        node.put("requesterId", ticket.requesterId());
        node.put("requesterName", ticket.requesterName());
        node.put("createdAt", iso(ticket.createdAt()));
        node.put("updatedAt", iso(ticket.updatedAt()));
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            // A tree of strings always serializes; anything else is a bug worth surfacing.
            throw new IllegalStateException("Cannot serialize ticket event " + event.id(), e);
        }
    }

    private static String iso(Instant instant) {
        return instant.toString();
    }
}
