package io.tessera.platform.sla.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.tessera.platform.sla.application.SlaReadService;
import io.tessera.platform.sla.clock.Segment;
import io.tessera.platform.sla.domain.SlaPolicy;
import io.tessera.platform.sla.infrastructure.SqlComplianceReport;
import io.tessera.platform.sla.infrastructure.SqlSlaTimers;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the SLA API. Targets: minutes (a number, fractions allowed) or ISO-8601. */
public final class SlaDtos {

    private SlaDtos() {
    }

    /**
     * {@code groups}: assignment group ids; a policy naming groups is an OLA for them. {@code organisations},
     * {@code contracts}: the tickets' customer organisation / contract references. Each list empty (or absent) = any.
     */
    public record Conditions(List<String> types, List<String> services, List<String> organisations,
                             List<String> contracts, List<String> priorities, List<String> groups) {
    }

    public record TargetInput(String metric, String priority, JsonNode target) {
    }

    public record EscalationInput(Integer percent, String action, String group) {
    }

    public record PolicyInput(String name, Integer position, String calendarId, Conditions conditions,
                              List<String> pauseStatuses, List<TargetInput> targets,
                              List<EscalationInput> escalations) {
    }

    public record TargetView(String metric, String priority, String target, double minutes) {
    }

    public record EscalationView(int percent, String action, UUID group) {
    }

    public record PolicyView(UUID id, String name, int position, UUID calendarId, Conditions conditions,
                             List<String> pauseStatuses, List<TargetView> targets, List<EscalationView> escalations,
                             long version, Instant createdAt, Instant updatedAt) {
        static PolicyView of(SlaPolicy p) {
            return new PolicyView(p.id(), p.name(), p.position(), p.calendarId(),
                    new Conditions(p.ticketTypes(), p.services(), p.organisations(), p.contracts(), p.priorities().stream().map(r -> "P" + r).toList(),
                            p.groups().stream().map(UUID::toString).toList()),
                    p.pauseStatuses(),
                    p.targets().stream().map(t -> new TargetView(t.metric(), "P" + t.priority(),
                            t.target().toString(), t.targetMillis() / 60_000.0)).toList(),
                    p.escalations().stream().map(e -> new EscalationView(e.percent(), e.action(), e.group())).toList(),
                    p.version(), p.createdAt(), p.updatedAt());
        }
    }

    public record PolicyList(List<PolicyView> items) {
    }

    public record SegmentView(Instant from, Instant to, String kind, String detail, boolean counted, double seconds) {
        static SegmentView of(Segment s) {
            return new SegmentView(s.from(), s.to(), s.kind().code(), s.detail(), s.counted(), SlaDtos.seconds(s.length()));
        }
    }

    public record TimerView(int percent, Instant due) {
    }

    /** {@code olaGroup}: the assignment group of an OLA clock, null for an SLA clock. */
    public record ClockView(String metric, UUID olaGroup, String policy, String priority, String state, String target,
                            Instant startedAt, Instant stoppedAt, Instant due, String outcome, Instant breachedAt,
                            String elapsed, double elapsedSeconds, String remaining, double remainingSeconds,
                            List<TimerView> timers, List<SegmentView> timeline) {
        static ClockView of(SlaReadService.ClockView v) {
            var c = v.clock();
            var r = v.reading();
            return new ClockView(c.metric(), c.olaGroupId(), c.policyName(), "P" + c.priority(),
                    c.breachedAt() != null ? "breached" : r.state().code(), c.target().toString(), c.startedAt(),
                    c.stoppedAt(), r.due(), r.outcome(), c.breachedAt(), r.elapsed().toString(), SlaDtos.seconds(r.elapsed()),
                    r.remaining().toString(), SlaDtos.seconds(r.remaining()),
                    v.pendingTimers().stream().map(t -> new TimerView(((Number) t[0]).intValue(), instant(t[1])))
                            .toList(),
                    r.timeline().stream().map(SegmentView::of).toList());
        }
    }

    public record FiringView(String metric, int percent, String kind, List<String> actions, Instant firedAt) {
        static FiringView of(SqlSlaTimers.Fired f) {
            return new FiringView(f.metric(), f.percent(), f.kind(),
                    f.actions().isEmpty() ? List.of() : List.of(f.actions().split(",")), f.firedAt());
        }
    }

    public record TicketSlaView(String ticket, List<ClockView> clocks, List<FiringView> firings) {
        static TicketSlaView of(SlaReadService.TicketSla s) {
            return new TicketSlaView(s.ticket().number().toString(), s.clocks().stream().map(ClockView::of).toList(),
                    s.firings().stream().map(FiringView::of).toList());
        }
    }

    public record ComplianceRow(String policy, String metric, String priority, UUID group, String month, long met,
                                long breached, double compliancePercent) {
        static ComplianceRow of(SqlComplianceReport.Row r) {
            long total = r.met() + r.breached();
            return new ComplianceRow(r.policy(), r.metric(), "P" + r.priority(), r.group(), r.month(), r.met(),
                    r.breached(), total == 0 ? 100.0 : Math.round(r.met() * 10000.0 / total) / 100.0);
        }
    }

    public record ComplianceReport(Instant from, Instant to, List<ComplianceRow> rows) {
    }

    public record SweepAnswer(int claimed) {
    }

    static double seconds(Duration d) {
        return d.getSeconds() + d.getNano() / 1e9;
    }

    static Instant instant(Object o) {
        return o == null ? null : o instanceof Instant i ? i : o instanceof java.sql.Timestamp t ? t.toInstant()
                : o instanceof OffsetDateTime odt ? odt.withOffsetSameInstant(ZoneOffset.UTC).toInstant() : null;
    }
}
