package io.tessera.platform.ticket.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The recorded past of a ticket: a snapshot of its fields per revision, and its comments with their revisions. */
public interface TicketHistory {

    /** A committed change: its number (ascending in time within the tenant), when, by whom. */
    record Revision(long number, Instant at, Actor author) {
    }

    /** The ticket's fields as they were right after {@code revision}. */
    record Snapshot(Revision revision, Map<String, String> fields) {
    }

    /** A comment and the revision that added it. */
    record CommentRevision(Revision revision, TicketComment comment) {
    }

    /** Every revision of the ticket, oldest first. */
    List<Snapshot> snapshots(Ticket ticket);

    /** Every comment of the ticket, oldest first. */
    List<CommentRevision> comments(Ticket ticket);
}
