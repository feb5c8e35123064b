package io.tessera.platform.sla.api;

import io.tessera.platform.web.ApiException;
import jakarta.ws.rs.core.EntityTag;

/** A calendar's version as its entity tag, and the version an {@code If-Match} header expects. */
final class Etags {

    private Etags() {
    }

    static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * @return the expected version, or null for no condition ({@code If-Match} absent or {@code *})
     * @throws ApiException 412 for a tag no version can ever match
     */
    static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new ApiException(412, "calendar-changed", "?", "?");
        }
    }
}
