package io.tessera.platform.ticket.application;

import io.tessera.platform.group.application.GroupDirectory;
import io.tessera.platform.identity.AgentDirectory;
import io.tessera.platform.identity.CurrentUser;
import io.tessera.platform.ticket.domain.Actor;
import io.tessera.platform.ticket.domain.Change;
import io.tessera.platform.ticket.domain.Incident;
import io.tessera.platform.ticket.domain.Ticket;
import io.tessera.platform.ticket.domain.TicketEdit;
import io.tessera.platform.ticket.domain.TicketRepository;
import io.tessera.platform.ticket.domain.TicketRuleException;
import io.tessera.platform.ticket.domain.TicketSettings;
import io.tessera.platform.ticket.domain.TransitionContext;
import io.tessera.platform.ticket.domain.TransitionRequest;
import io.tessera.platform.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Agents' changes to a ticket: edit fields, move it along its lifecycle, assign it, name a change's CAB and vote.
 * Each call names the version the agent last read ({@code If-Match}); if the ticket changed since, or changes
 * concurrently, nothing is written and the caller gets 412. One transaction per public method.
 */
@ApplicationScoped
@Transactional
public class TicketWorkService {

    @Inject
    TicketRepository tickets;
    @Inject
    TicketLookup lookup;
    @Inject
    TicketSettings settings;
    @Inject
    TicketEventPublisher events;
    @Inject
    GroupDirectory groups;
    @Inject
    ChangeCalendarService calendar;
    @Inject
    AgentDirectory agents;

    public TicketService.Read edit(CurrentUser caller, String number, Long expectedVersion, TicketCommands.Edit cmd) {
        return change(caller, number, expectedVersion, (t, now) -> {
            if (cmd.category() != null || cmd.subcategory() != null) {
                settings.categories().check(cmd.category() == null ? t.category() : cmd.category(),
                        cmd.subcategory() == null ? t.subcategory() : cmd.subcategory());
            }
            t.edit(new TicketEdit(cmd.title(), cmd.description(), TicketService.level("impact", cmd.impact()),
                    TicketService.level("urgency", cmd.urgency()), cmd.category(), cmd.subcategory(),
                    cmd.affectedService(), cmd.configurationItem(), cmd.majorIncident(), cmd.rootCause(),
                    cmd.workaround(), cmd.risk(), cmd.plannedStart(), cmd.plannedEnd(), cmd.organisation(),
                    cmd.contract()),
                    settings.priorityMatrix(), now);
            if (cmd.watchers() != null) {
                t.watchers(cmd.watchers(), now);
            }
        });
    }

    /**
     * Moves a ticket along its lifecycle. Resolving a major incident resolves its open child incidents with the
     * same resolution.
     */
    public TicketService.Read transition(CurrentUser caller, String number, Long expectedVersion, TicketCommands.Transition cmd) {
        TransitionRequest request = new TransitionRequest(cmd.to(), cmd.reason(), cmd.resolutionCode(), cmd.notes(),
                cmd.outcome());
        return change(caller, number, expectedVersion, (t, now) -> {
            TransitionContext context = context(caller, now);
            t.transition(request, context);
            if (t instanceof Incident major && major.isMajor() && "resolved".equals(major.status())) {
                resolveChildren(major, request, context);
            }
        });
    }

    public TicketService.Read assign(CurrentUser caller, String number, Long expectedVersion, TicketCommands.Assign cmd) {
        return change(caller, number, expectedVersion, (t, now) -> {
            UUID group = cmd.group() == null ? null : parseGroup(cmd.group());
            if (group != null && groups.find(group).isEmpty()) {
                throw ApiException.unprocessable("group-not-found", cmd.group());
            }
            String assigneeId = cmd.assignee();
            boolean member = group != null && assigneeId != null && groups.isMember(group, assigneeId);
            Actor assignee = assigneeId == null ? null : member
                    ? new Actor(assigneeId, groups.memberName(group, assigneeId).orElse(assigneeId))
                    : group != null ? new Actor(assigneeId, assigneeId) : agent(assigneeId);
            t.assign(group, assignee, member, now);
        });
    }

    public TicketService.Read nominateApprovers(CurrentUser caller, String number, Long expectedVersion,
                                    TicketCommands.Approvers cmd) {
        return change(caller, number, expectedVersion, (t, now) -> {
            Change change = asChange(t);
            List<Actor> approvers = new ArrayList<>();
            for (String id : new java.util.LinkedHashSet<>(cmd.approvers())) {
                approvers.add(agent(id));
            }
            change.nominateApprovers(approvers, cmd.rule(), now);
        });
    }

    /**
     * Puts an incident under a major incident (whose resolution then resolves it too), or takes it out
     * ({@code parentNumber} null).
     */
    public TicketService.Read attach(CurrentUser caller, String number, Long expectedVersion, String parentNumber) {
        return change(caller, number, expectedVersion, (t, now) -> {
            if (!(t instanceof Incident incident)) {
                throw TicketRuleException.invalid("ticket-parent-not-allowed", t.number().toString());
            }
            Ticket parent = parentNumber == null ? null : lookup.visible(caller, parentNumber);
            if (parent != null && !(parent instanceof Incident)) {
                throw TicketRuleException.invalid("ticket-not-major-incident", parent.number().toString());
            }
            incident.childOf((Incident) parent, now);
        });
    }

    /** An approver's vote; needs no {@code If-Match} (votes of different approvers never conflict). */
    public TicketService.Read decide(CurrentUser caller, String number, TicketCommands.Decision cmd) {
        return change(caller, number, null, (t, now) -> asChange(t).decide(new Actor(caller.id(), caller.displayName()),
                "approve".equals(cmd.decision()), cmd.comment(), now));
    }

    private void resolveChildren(Incident major, TransitionRequest request, TransitionContext context) {
        for (Ticket child : tickets.children(major.id())) {
            if (child instanceof Incident incident && incident.lifecycle().allowedFrom(incident.status())
                    .contains("resolved")) {
                incident.transition(request, context);
                events.publish(incident, context.now());
            }
        }
    }

    private interface Work {
        void apply(Ticket ticket, Instant now);
    }

    private TicketService.Read change(CurrentUser caller, String number, Long expectedVersion, Work work) {
        Ticket t = lookup.forUpdate(caller, number, expectedVersion);
        Instant now = Instant.now();
        work.apply(t, now);
        try {
            tickets.flush();
        } catch (OptimisticLockException concurrent) {
            throw new ApiException(412, "ticket-changed", t.number().toString());
        }
        events.publish(t, now);
        return new TicketService.Read(t, t.parentId() == null ? null
                : tickets.findById(t.parentId()).map(p -> p.number().toString()).orElse(null));
    }

    private TransitionContext context(CurrentUser caller, Instant now) {
        return new TransitionContext(now, new Actor(caller.id(), caller.displayName()), settings.policy(), calendar);
    }

    private static Change asChange(Ticket t) {
        if (t instanceof Change c) {
            return c;
        }
        throw TicketRuleException.invalid("ticket-not-a-change", t.number().toString());
    }

    private Actor agent(String userId) {
        return agents.find(userId).map(a -> new Actor(a.id(), a.name()))
                .orElseThrow(() -> ApiException.unprocessable("user-not-an-agent", userId));
    }

    private static UUID parseGroup(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.unprocessable("group-not-found", text);
        }
    }

}
