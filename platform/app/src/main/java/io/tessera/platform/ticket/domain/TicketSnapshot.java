package io.tessera.platform.ticket.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/** A ticket's audited fields as texts by API field name: what history compares revision by revision. */
final class TicketSnapshot {

    private TicketSnapshot() {
    }

    static Map<String, String> of(Ticket t) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", t.title());
        m.put("description", t.description());
        m.put("status", t.status());
        m.put("impact", t.impact().code());
        m.put("urgency", t.urgency().code());
        m.put("priority", t.priority().code());
        m.put("category", t.category());
        m.put("subcategory", t.subcategory());
        m.put("affectedService", t.affectedService());
        m.put("configurationItem", t.configurationItem());
        m.put("organisation", t.organisation());
        m.put("contract", t.contract());
        m.put("assignmentGroup", t.assignmentGroupId() == null ? null : t.assignmentGroupId().toString());
        m.put("assignee", t.assignee() == null ? null : t.assignee().name());
        m.put("watchers", t.watchers().isEmpty() ? null : String.join(", ", new TreeSet<>(t.watchers())));
        m.put("parent", t.parentId() == null ? null : t.parentId().toString());
        m.put("resolutionNotes", t.resolutionNotes());
        t.describeSpecific(m);
        return m;
    }
}
