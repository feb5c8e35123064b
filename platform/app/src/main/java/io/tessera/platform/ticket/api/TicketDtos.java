package io.tessera.platform.ticket.api;

import io.tessera.platform.ticket.domain.Change;
import io.tessera.platform.ticket.domain.Incident;
import io.tessera.platform.ticket.domain.Level;
import io.tessera.platform.ticket.domain.Priority;
import io.tessera.platform.ticket.domain.Problem;
import io.tessera.platform.ticket.domain.Ticket;
import io.tessera.platform.ticket.domain.TicketComment;
import io.tessera.platform.ticket.domain.TicketQueue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Response bodies of the ticket API (request bodies are the application's commands). */
public final class TicketDtos {

    private TicketDtos() {
    }

    /** Incident-only fields. */
    public record IncidentPart(String holdReason, String resolutionCode, boolean majorIncident, int reopenCount) {
    }

    /** Problem-only fields; {@code knownError}: root cause and workaround documented. */
    public record ProblemPart(String rootCause, String workaround, boolean knownError) {
    }

    public record ApprovalView(String approverId, String approverName, String decision, Instant decidedAt,
                               String comment) {
    }

    /** Change-only fields. */
    public record ChangePart(String changeModel, String risk, Instant plannedStart, Instant plannedEnd,
                             String cabRule, String approvalOutcome, List<ApprovalView> approvals,
                             String reviewOutcome) {
        static ChangePart of(Change c) {
            return new ChangePart(c.changeModel(), c.risk(), c.plannedStart(), c.plannedEnd(), c.cabRule(),
                    c.approvalOutcome(), c.approvals().stream().map(a -> new ApprovalView(a.approver().id(),
                    a.approver().name(), a.decision(), a.decidedAt(), a.comment())).toList(), c.reviewOutcome());
        }
    }

    /** A ticket in full; {@code allowedTransitions} are the statuses an agent may move it to now. */
    public record TicketView(String number, String type, String title, String description, String status,
                             List<String> allowedTransitions, boolean open, String requesterId,
                             String requesterName, String channel, String impact, String urgency, String priority,
                             String category, String subcategory, String affectedService, String configurationItem,
                             String organisation, String contract, UUID assignmentGroup, String assigneeId, String assigneeName, List<String> watchers,
                             String parent, String resolutionNotes, Instant resolvedAt, IncidentPart incident,
                             ProblemPart problem, ChangePart change, Instant createdAt, Instant updatedAt,
                             long version) {

        static TicketView of(Ticket t, String parent, boolean agent) {
            return new TicketView(t.number().toString(), t.type().code(), t.title(), t.description(), t.status(),
                    agent ? t.lifecycle().allowedFrom(t.status()) : List.of(), t.isActive(), t.requester().id(),
                    t.requester().name(), t.channel(), t.impact().code(), t.urgency().code(), t.priority().code(),
                    t.category(), t.subcategory(), t.affectedService(), t.configurationItem(), t.organisation(), t.contract(),
                    t.assignmentGroupId(),
                    t.assignee() == null ? null : t.assignee().id(), t.assignee() == null ? null : t.assignee().name(),
                    t.watchers().stream().sorted().toList(), parent, t.resolutionNotes(), t.resolvedAt(),
                    t instanceof Incident i ? new IncidentPart(i.holdReason(), i.resolutionCode(), i.isMajor(),
                            i.reopenCount()) : null,
                    t instanceof Problem p ? new ProblemPart(p.rootCause(), p.workaround(), p.isKnownError()) : null,
                    t instanceof Change c ? ChangePart.of(c) : null,
                    t.createdAt(), t.updatedAt(), t.version());
        }
    }

    /** A ticket as queues list it. */
    public record TicketSummary(String number, String type, String title, String description, String status,
                                String priority, String impact, String urgency, String requesterId,
                                String requesterName, UUID assignmentGroup, String assigneeId, String assigneeName,
                                String channel, Instant createdAt, Instant updatedAt, long version) {
        static TicketSummary of(TicketQueue.Item i) {
            return new TicketSummary(i.number().toString(), i.type(), i.title(), i.description(), i.status(),
                    new Priority(i.priority()).code(), new Level(i.impact()).code(), new Level(i.urgency()).code(),
                    i.requesterId(), i.requesterName(), i.assignmentGroupId(), i.assigneeId(), i.assigneeName(),
                    i.channel(), i.createdAt(), i.updatedAt(), i.version());
        }
    }

    public record TicketPage(List<TicketSummary> items, String next) {
    }

    public record CommentView(UUID id, String visibility, String body, String authorId, String authorName,
                              Instant createdAt) {
        static CommentView of(TicketComment c) {
            return new CommentView(c.id(), c.visibility(), c.body(), c.author().id(), c.author().name(),
                    c.createdAt());
        }
    }
}
