package io.tessera.platform.ticket.application;

import io.tessera.platform.identity.CurrentUser;
import io.tessera.platform.ticket.domain.Actor;
import io.tessera.platform.ticket.domain.Ticket;
import io.tessera.platform.ticket.domain.TicketHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A ticket's history as people read it: who created it, which fields each later change touched (from → to),
 * including status and assignment, and who commented when. Built from the audit revisions (Envers).
 */
@ApplicationScoped
@Transactional
public class TicketHistoryService {

    @Inject
    TicketLookup lookup;
    @Inject
    TicketHistory history;

    /** One field's change. */
    public record FieldChange(String field, String from, String to) {
    }

    /**
     * One entry: {@code created}, {@code updated} (with the changed fields) or {@code commented} (with the
     * comment's id and visibility).
     */
    public record Entry(long revision, Instant at, Actor actor, String kind, List<FieldChange> changes,
                        UUID commentId, String visibility) {
    }

    public List<Entry> of(CurrentUser caller, String number) {
        Ticket ticket = lookup.visible(caller, number);
        List<Entry> entries = new ArrayList<>();
        Map<String, String> previous = null;
        for (TicketHistory.Snapshot s : history.snapshots(ticket)) {
            List<FieldChange> changes = new ArrayList<>();
            for (var field : s.fields().entrySet()) {
                String before = previous == null ? null : previous.get(field.getKey());
                if (!Objects.equals(before, field.getValue()) && (previous != null || field.getValue() != null)) {
                    changes.add(new FieldChange(field.getKey(), before, field.getValue()));
                }
            }
            if (previous == null || !changes.isEmpty()) {
                entries.add(new Entry(s.revision().number(), s.revision().at(), s.revision().author(),
                        previous == null ? "created" : "updated", changes, null, null));
            }
            previous = s.fields();
        }
        for (TicketHistory.CommentRevision c : history.comments(ticket)) {
            if (caller.isAgent() || !c.comment().isWorkNote()) {
                entries.add(new Entry(c.revision().number(), c.revision().at(), c.comment().author(), "commented",
                        List.of(), c.comment().id(), c.comment().visibility()));
            }
        }
        entries.sort(Comparator.comparingLong(Entry::revision).thenComparing(e -> e.kind().equals("commented")));
        return entries;
    }
}
