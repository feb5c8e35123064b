package io.tessera.platform.sla.application;

import io.tessera.platform.sla.calendar.BusinessCalendar;
import io.tessera.platform.sla.clock.SlaClocks;
import io.tessera.platform.sla.domain.SlaClock;
import io.tessera.platform.sla.domain.SlaPolicy;
import io.tessera.platform.sla.domain.SlaRepository;
import io.tessera.platform.sla.infrastructure.SqlSlaTimers;
import io.tessera.platform.tenancy.TenantContext;
import io.tessera.platform.ticket.application.TicketEscalations;
import io.tessera.platform.ticket.domain.TicketEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fires the current tenant's due SLA timers. Each call is one transaction: it locks due, unfired timer rows that no
 * other transaction holds ({@code for update skip locked}), marks each fired and records it, runs the policy's
 * escalations for that share (notify, reassign, raise priority) and tells plugins through the outbox
 * ({@code sla.warning} / {@code sla.breached}) — all committed together or not at all. Hence a threshold fires
 * once, whatever the number of nodes or sweeps, and a crash or restart before the commit only delays it.
 */
@ApplicationScoped
public class SlaTimerService {

    @Inject
    SqlSlaTimers timers;
    @Inject
    SlaRepository sla;
    @Inject
    SlaClockService clocks;
    @Inject
    TicketEscalations tickets;
    @Inject
    TenantContext tenant;
    @Inject
    Event<TicketEvent> events;

    /** @return how many timers were claimed (fired or found not yet due and rescheduled) */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int fireDue(int limit) {
        List<SqlSlaTimers.Due> due = timers.claimDue(limit);
        for (SqlSlaTimers.Due timer : due) {
            fire(timer, Instant.now());
        }
        return due.size();
    }

    private void fire(SqlSlaTimers.Due timer, Instant now) {
        Optional<SlaClock> found = sla.clock(timer.clockId());
        if (found.isEmpty() || found.get().isStopped()) {
            timers.reschedule(timer.id(), null);
            return;
        }
        SlaClock clock = found.get();
        // the stored instant may be stale (an unseen change); fire only what is due by the clock as it is now
        BusinessCalendar calendar = clocks.calendar(clock.calendarId());
        Optional<Instant> dueNow = SlaClocks.thresholdAt(calendar, clock.spec(), timer.percent());
        if (dueNow.isEmpty() || dueNow.get().isAfter(now)) {
            timers.reschedule(timer.id(), dueNow.orElse(null));
            return;
        }
        boolean breach = timer.percent() == 100;
        Optional<SlaPolicy> policy = clocks.policyOf(clock);
        List<SlaPolicy.Escalation> escalations = policy.map(p -> p.escalationsAt(timer.percent())).orElse(List.of());
        List<String> actions = new ArrayList<>();
        escalations.forEach(e -> actions.add(e.action()));
        // recorded first: the escalations below change the ticket, which reschedules this clock's unfired timers
        timers.fired(timer, clock.ticketId(), clock.metric(), breach ? "breach" : "warning",
                String.join(",", actions), now);
        if (breach) {
            clock.breached(now);
        }
        tickets.find(clock.ticketId()).ifPresent(t -> events.fire(TicketEvent.of(
                breach ? TicketEvent.SLA_BREACHED : TicketEvent.SLA_WARNING, tenant.require(), t, now)));
        for (SlaPolicy.Escalation e : escalations) {
            switch (e.action()) {
                case "reassign" -> tickets.reassign(clock.ticketId(), e.group(), now);
                case "raise_priority" -> tickets.raisePriority(clock.ticketId(), now);
                default -> {
                    // notify: the record and the plugin event above are the notification
                }
            }
        }
    }
}
