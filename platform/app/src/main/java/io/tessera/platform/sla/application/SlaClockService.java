package io.tessera.platform.sla.application;

import io.tessera.platform.identity.CurrentUser;
import io.tessera.platform.identity.TenantAuthenticationFilter;
import io.tessera.platform.sla.calendar.BusinessCalendar;
import io.tessera.platform.sla.clock.SlaClocks;
import io.tessera.platform.sla.domain.CalendarRepository;
import io.tessera.platform.sla.domain.SlaClock;
import io.tessera.platform.sla.domain.SlaPolicy;
import io.tessera.platform.sla.domain.SlaRepository;
import io.tessera.platform.sla.domain.TenantCalendar;
import io.tessera.platform.sla.infrastructure.SqlSlaTimers;
import io.tessera.platform.ticket.application.TicketEscalations;
import io.tessera.platform.ticket.domain.Incident;
import io.tessera.platform.ticket.domain.Ticket;
import io.tessera.platform.ticket.domain.TicketEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps tickets' SLA clocks in step with the tickets, inside the transaction that changed the ticket: opening a
 * ticket starts a clock per metric its policy has a target for at its priority; statuses the policy names pause
 * them; the first response is achieved when an agent replies publicly or the ticket leaves its first status, the
 * resolution (and custom metrics) when the ticket reaches a final status; reopening runs the clock again, the time
 * it was resolved counted as a pause. A change of priority re-picks policy and target. OLA clocks (policies naming
 * assignment groups) start when a covered group first holds the ticket and stand still while another group holds
 * it. Every change reschedules the clock's timers.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SlaClockService {

    static final String ASSIGNED_ELSEWHERE = "assigned_elsewhere";

    @Inject
    SlaRepository sla;
    @Inject
    CalendarRepository calendars;
    @Inject
    SqlSlaTimers timers;
    @Inject
    TicketEscalations ticketFacts;
    @Inject
    TenantAuthenticationFilter.CallerHolder caller;

    void onTicketEvent(@Observes TicketEvent event) {
        Ticket t = event.ticket();
        Instant at = event.occurredAt();
        switch (event.type()) {
            case TicketEvent.CREATED -> start(t, at);
            case TicketEvent.STATUS_CHANGED -> statusChanged(t, at);
            case TicketEvent.UPDATED -> retarget(t, at);
            case TicketEvent.ASSIGNED -> assigned(t, at);
            case TicketEvent.COMMENTED -> commented(t, at);
            default -> {
                // SLA events themselves and others leave the clocks alone
            }
        }
    }

    /** The policy governing a ticket now: the first of the tenant's policies (in their order) that covers it. */
    private Optional<SlaPolicy> policyFor(Ticket t, List<SlaPolicy> policies) {
        return policies.stream()
                .filter(p -> !p.isOla() && p.covers(subject(t)))
                .findFirst();
    }

    private void start(Ticket t, Instant at) {
        List<SlaPolicy> policies = sla.policies();
        startOlas(t, at, policies);
        Optional<SlaPolicy> policy = policyFor(t, policies);
        if (policy.isEmpty()) {
            return;
        }
        for (SlaPolicy.Target target : policy.get().targetsAt(t.priority().rank())) {
            SlaClock clock = SlaClock.start(t.id(), target.metric(), policy.get(), target, t.assignmentGroupId(), at);
            sla.add(clock);
            if (policy.get().pausesOn(t.status(), reason(t))) {
                clock.pause(at, pauseCode(t));
            }
            refresh(clock, policy, at);
        }
    }

    private void statusChanged(Ticket t, Instant at) {
        for (SlaClock clock : sla.clocksOf(t.id())) {
            Optional<SlaPolicy> policy = policyOf(clock);
            boolean firstResponse = SlaClock.FIRST_RESPONSE.equals(clock.metric());
            if (firstResponse) {
                if (!t.status().equals(t.lifecycle().initial())) {
                    clock.stop(at);
                }
            } else if (!t.isActive()) {
                clock.stop(at);
            } else if (clock.isStopped()) {
                clock.restart(at, "resolved");
            }
            holdIfDue(clock, policy, t, at);
            refresh(clock, policy, at);
        }
    }

    /**
     * Pauses or resumes a running clock for what the ticket is now: an OLA clock stands still while another group
     * holds the ticket ({@code assigned_elsewhere}); any clock while the ticket is in one of its policy's pausing
     * statuses.
     */
    private void holdIfDue(SlaClock clock, Optional<SlaPolicy> policy, Ticket t, Instant at) {
        if (clock.isStopped()) {
            return;
        }
        String why = null;
        if (clock.olaGroupId() != null && !clock.olaGroupId().equals(t.assignmentGroupId())) {
            why = ASSIGNED_ELSEWHERE;
        } else if (policy.map(p -> p.pausesOn(t.status(), reason(t))).orElse(false)) {
            why = pauseCode(t);
        }
        if (java.util.Objects.equals(why, clock.pausedOn())) {
            return;
        }
        clock.resume(at);
        if (why != null) {
            clock.pause(at, why);
        }
    }

    /** The ticket went to another group (or none): SLA clocks note it, OLA clocks stop or run for their group. */
    private void assigned(Ticket t, Instant at) {
        List<SlaClock> existing = sla.clocksOf(t.id());
        for (SlaClock clock : existing) {
            clock.assignedTo(t.assignmentGroupId());
            if (clock.olaGroupId() != null) {
                Optional<SlaPolicy> policy = policyOf(clock);
                holdIfDue(clock, policy, t, at);
                refresh(clock, policy, at);
            }
        }
        startOlas(t, at, sla.policies());
    }

    /** Starts the clocks of every OLA that covers the ticket for the group holding it, unless they exist. */
    private void startOlas(Ticket t, Instant at, List<SlaPolicy> policies) {
        UUID group = t.assignmentGroupId();
        if (group == null || !t.isActive()) {
            return;
        }
        List<SlaClock> existing = sla.clocksOf(t.id());
        for (SlaPolicy ola : policies) {
            if (!ola.isOla() || !ola.coversGroup(group)
                    || !ola.covers(subject(t))) {
                continue;
            }
            for (SlaPolicy.Target target : ola.targetsAt(t.priority().rank())) {
                boolean present = existing.stream().anyMatch(c -> group.equals(c.olaGroupId())
                        && c.metric().equals(target.metric()));
                if (present) {
                    continue;
                }
                SlaClock clock = SlaClock.startOla(t.id(), target.metric(), ola, target, group, at);
                sla.add(clock);
                existing = new java.util.ArrayList<>(existing);
                existing.add(clock);
                holdIfDue(clock, Optional.of(ola), t, at);
                refresh(clock, Optional.of(ola), at);
            }
        }
    }

    private void commented(Ticket t, Instant at) {
        Optional<CurrentUser> who = caller.find();
        if (who.isEmpty() || !who.get().isAgent() || who.get().id().equals(t.requester().id())) {
            return;
        }
        for (SlaClock clock : sla.clocksOf(t.id())) {
            if (SlaClock.FIRST_RESPONSE.equals(clock.metric()) && !clock.isStopped()
                    && ticketFacts.repliedPublicly(t.id(), who.get().id())) {
                clock.stop(at);
                refresh(clock, policyOf(clock), at);
            }
        }
    }

    /**
     * After a change of priority, type-relevant fields, service, organisation or contract: the policy that covers the
     * ticket now, at its target.
     */
    private void retarget(Ticket t, Instant at) {
        Optional<SlaPolicy> policy = policyFor(t, sla.policies());
        for (SlaClock clock : sla.clocksOf(t.id())) {
            if (clock.isStopped()) {
                continue;
            }
            Optional<SlaPolicy> governing = clock.olaGroupId() != null ? policyOf(clock) : policy;
            Optional<SlaPolicy.Target> target = governing.flatMap(p -> p.target(clock.metric(), t.priority().rank()));
            if (target.isPresent() && (!governing.get().id().equals(clock.policyId())
                    || clock.priority() != t.priority().rank()
                    || !clock.target().equals(target.get().target()))) {
                clock.governedBy(governing.get(), target.get());
                refresh(clock, governing, at);
            }
        }
    }

    /** Running clocks of a calendar that changed: new due instants and timers. */
    public void calendarChanged(UUID calendarId, Instant now) {
        for (SlaClock clock : sla.runningOn(calendarId)) {
            refresh(clock, policyOf(clock), now);
        }
    }

    /** Running clocks of a policy that changed: its current target for their priority, new timers. */
    public void policyChanged(SlaPolicy policy, Instant now) {
        for (SlaClock clock : sla.runningUnder(policy.id())) {
            policy.target(clock.metric(), clock.priority()).ifPresent(t -> clock.governedBy(policy, t));
            refresh(clock, Optional.of(policy), now);
        }
    }

    /** Recomputes state and due instant, and (re)schedules the unfired timers; cancels them once stopped. */
    void refresh(SlaClock clock, Optional<SlaPolicy> policy, Instant now) {
        BusinessCalendar calendar = calendar(clock.calendarId());
        clock.refresh(calendar, now);
        sla.flush();
        if (clock.isStopped()) {
            timers.cancel(clock.id());
            return;
        }
        List<Integer> thresholds = policy.map(SlaPolicy::thresholds).orElse(List.of(100));
        Map<Integer, Instant> due = new LinkedHashMap<>();
        for (int percent : thresholds) {
            due.put(percent, SlaClocks.thresholdAt(calendar, clock.spec(), percent).orElse(null));
        }
        timers.schedule(clock.id(), due);
    }

    Optional<SlaPolicy> policyOf(SlaClock clock) {
        return clock.policyId() == null ? Optional.empty() : sla.policy(clock.policyId());
    }

    BusinessCalendar calendar(UUID id) {
        return calendars.find(id).map(TenantCalendar::definition)
                .orElseThrow(() -> new IllegalStateException("calendar " + id + " of a clock is gone"));
    }

    /** What policy conditions look at on {@code t}. */
    static SlaPolicy.Subject subject(Ticket t) {
        return new SlaPolicy.Subject(t.type().code(), t.affectedService(), t.organisation(), t.contract(),
                t.priority().rank());
    }

    private static String reason(Ticket t) {
        return t instanceof Incident i ? i.holdReason() : null;
    }

    private static String pauseCode(Ticket t) {
        String reason = reason(t);
        return reason == null ? t.status() : t.status() + ":" + reason;
    }
}
