package io.tessera.platform.ticket.api;

import io.tessera.platform.ticket.domain.Ticket;
import io.tessera.platform.web.ApiException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic locking at the edge: a ticket's ETag is its version; changes must name it in {@code If-Match}
 * (missing: 428), and a stale one is a 412. {@code If-Match: *} accepts any version.
 */
final class EntityTags {

    private static final Pattern STRONG = Pattern.compile("\\s*\"(\\d{1,18})\"\\s*");

    private EntityTags() {
    }

    static EntityTag of(Ticket t) {
        return new EntityTag(String.valueOf(t.version()));
    }

    /** The version the client last read, or {@code null} for {@code *}. */
    static Long expectedVersion(HttpHeaders headers, String number) {
        String value = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (value == null || value.isBlank()) {
            throw new ApiException(428, "if-match-required", number);
        }
        if (value.strip().equals("*")) {
            return null;
        }
        Matcher m = STRONG.matcher(value);
        if (!m.matches()) {
            // weak or foreign tags never match a ticket's strong tag
            throw new ApiException(412, "ticket-changed", number);
        }
        return Long.parseLong(m.group(1));
    }
}
