package io.tessera.platform.sla.application;

import io.tessera.platform.identity.CurrentUser;
import io.tessera.platform.sla.clock.ClockReading;
import io.tessera.platform.sla.clock.SlaClocks;
import io.tessera.platform.sla.domain.SlaClock;
import io.tessera.platform.sla.domain.SlaRepository;
import io.tessera.platform.sla.infrastructure.SqlComplianceReport;
import io.tessera.platform.sla.infrastructure.SqlSlaTimers;
import io.tessera.platform.ticket.application.TicketService;
import io.tessera.platform.ticket.domain.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** Reading SLA clocks (with their explained timelines) and compliance of the current tenant. */
@ApplicationScoped
@Transactional
public class SlaReadService {

    @Inject
    TicketService tickets;
    @Inject
    SlaRepository sla;
    @Inject
    SlaClockService clocks;
    @Inject
    SqlSlaTimers timers;
    @Inject
    SqlComplianceReport report;

    public record ClockView(SlaClock clock, ClockReading reading, List<Object[]> pendingTimers) {
    }

    public record TicketSla(Ticket ticket, List<ClockView> clocks, List<SqlSlaTimers.Fired> firings) {
    }

    /** The clocks of a ticket the caller may see (404 otherwise), read now. */
    public TicketSla ofTicket(CurrentUser caller, String number) {
        Ticket t = tickets.read(caller, number).ticket();
        Instant now = Instant.now();
        List<ClockView> views = sla.clocksOf(t.id()).stream().map(c -> new ClockView(c,
                SlaClocks.read(clocks.calendar(c.calendarId()), c.spec(), now), timers.pending(c.id()))).toList();
        return new TicketSla(t, views, timers.firings(t.id()));
    }

    public List<SqlComplianceReport.Row> compliance(Instant from, Instant to) {
        return report.rows(from, to);
    }
}
