package io.tessera.platform.sla.domain;

import io.tessera.platform.sla.calendar.BusinessCalendar;
import io.tessera.platform.sla.clock.ClockReading;
import io.tessera.platform.sla.clock.ClockSpec;
import io.tessera.platform.sla.clock.ClockState;
import io.tessera.platform.sla.clock.PausedSpan;
import io.tessera.platform.sla.clock.SlaClocks;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One SLA clock of a ticket for one metric: started when the ticket was opened, paused while the ticket sits in a
 * pausing status, stopped when the metric is achieved. Keeps its inputs (start, stop, pauses, target, calendar);
 * state, due instant and business times are computed from them ({@link SlaClocks}) and the due instant and state
 * are stored for timers and reports.
 */
@Entity
@Table(name = "sla_clock")
public class SlaClock {

    public static final String FIRST_RESPONSE = "first_response";
    public static final String RESOLUTION = "resolution";

    @Id
    private UUID id;
    @Column(name = "ticket_id", nullable = false, updatable = false)
    private UUID ticketId;
    @Column(name = "metric", nullable = false, updatable = false)
    private String metric;
    @Column(name = "policy_id")
    private UUID policyId;
    @Column(name = "policy_name", nullable = false)
    private String policyName;
    @Column(name = "calendar_id", nullable = false)
    private UUID calendarId;
    @Column(name = "priority", nullable = false)
    private short priority;
    @Column(name = "target_millis", nullable = false)
    private long targetMillis;
    @Column(name = "group_id")
    private UUID groupId;
    @Column(name = "ola_group_id", updatable = false)
    private UUID olaGroupId;
    @Column(name = "state", nullable = false)
    private String state;
    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;
    @Column(name = "stopped_at")
    private Instant stoppedAt;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "breached_at")
    private Instant breachedAt;
    @ElementCollection
    @CollectionTable(name = "sla_clock_pause", joinColumns = @JoinColumn(name = "clock_id"))
    @OrderBy("startedAt")
    private List<PauseRow> pauses = new ArrayList<>();
    @Version
    private long version;

    protected SlaClock() {
    }

    @Embeddable
    public static class PauseRow {
        @Column(name = "started_at", nullable = false)
        private Instant startedAt;
        @Column(name = "ended_at")
        private Instant endedAt;
        @Column(name = "status", nullable = false)
        private String status;

        protected PauseRow() {
        }

        PauseRow(Instant startedAt, String status) {
            this.startedAt = startedAt;
            this.status = status;
        }

        PausedSpan span() {
            return new PausedSpan(startedAt, endedAt, status);
        }
    }

    /** An OLA clock: counts the time {@code group} holds the ticket. */
    public static SlaClock startOla(UUID ticketId, String metric, SlaPolicy policy, SlaPolicy.Target target,
                                    UUID group, Instant at) {
        SlaClock c = start(ticketId, metric, policy, target, group, at);
        c.olaGroupId = group;
        return c;
    }

    public static SlaClock start(UUID ticketId, String metric, SlaPolicy policy, SlaPolicy.Target target,
                                 UUID groupId, Instant at) {
        SlaClock c = new SlaClock();
        c.id = UUID.randomUUID();
        c.ticketId = ticketId;
        c.metric = metric;
        c.startedAt = at;
        c.groupId = groupId;
        c.state = ClockState.RUNNING.code();
        c.governedBy(policy, target);
        return c;
    }

    /** Puts the clock under (another) policy and target, e.g. after a change of priority. */
    public void governedBy(SlaPolicy policy, SlaPolicy.Target target) {
        policyId = policy.id();
        policyName = policy.name();
        calendarId = policy.calendarId();
        priority = target.priority();
        targetMillis = target.targetMillis();
    }

    /** Stands still from {@code at} because the ticket entered {@code status}; no-op when already paused. */
    public void pause(Instant at, String status) {
        if (isStopped() || openPause() != null) {
            return;
        }
        pauses.add(new PauseRow(at, status));
    }

    /** Runs again from {@code at}. */
    public void resume(Instant at) {
        PauseRow open = openPause();
        if (open != null) {
            open.endedAt = at.isBefore(open.startedAt) ? open.startedAt : at;
        }
    }

    public boolean isPaused() {
        return openPause() != null;
    }

    /** Why the clock stands still now, or null while it runs. */
    public String pausedOn() {
        PauseRow open = openPause();
        return open == null ? null : open.status;
    }

    /** The metric was achieved at {@code at}; the clock ends met or breached. */
    public void stop(Instant at) {
        if (isStopped()) {
            return;
        }
        resume(at);
        stoppedAt = at;
    }

    /**
     * Runs again after a stop (a resolved ticket reopened); the time it stood stopped is a pause on {@code status}.
     */
    public void restart(Instant at, String status) {
        if (!isStopped()) {
            return;
        }
        Instant stoppedSince = stoppedAt;
        stoppedAt = null;
        PauseRow gap = new PauseRow(stoppedSince, status);
        gap.endedAt = at;
        pauses.add(gap);
    }

    public void assignedTo(UUID group) {
        if (!isStopped() && olaGroupId == null) {
            groupId = group;
        }
    }

    /** Recomputes state and due instant with {@code calendar} at {@code now}; returns the reading. */
    public ClockReading refresh(BusinessCalendar calendar, Instant now) {
        ClockReading r = SlaClocks.read(calendar, spec(), now);
        dueAt = r.due();
        // once the breach fired the clock stays breached, whatever later changes of target say
        state = breachedAt != null ? ClockState.BREACHED.code() : r.state().code();
        return r;
    }

    /** The breach timer fired. */
    public void breached(Instant at) {
        if (breachedAt == null) {
            breachedAt = at;
        }
        if (!isStopped()) {
            state = ClockState.BREACHED.code();
        }
    }

    public ClockSpec spec() {
        return new ClockSpec(startedAt, stoppedAt, target(), pauses.stream().map(PauseRow::span).toList());
    }

    private PauseRow openPause() {
        return pauses.stream().filter(p -> p.endedAt == null).findFirst().orElse(null);
    }

    public boolean isStopped() {
        return stoppedAt != null;
    }

    public UUID id() {
        return id;
    }

    public UUID ticketId() {
        return ticketId;
    }

    public String metric() {
        return metric;
    }

    public UUID policyId() {
        return policyId;
    }

    public String policyName() {
        return policyName;
    }

    public UUID calendarId() {
        return calendarId;
    }

    public int priority() {
        return priority;
    }

    public Duration target() {
        return Duration.ofMillis(targetMillis);
    }

    /** The assignment group an OLA clock is for; null for an SLA clock. */
    public UUID olaGroupId() {
        return olaGroupId;
    }

    public UUID groupId() {
        return groupId;
    }

    public String state() {
        return state;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant stoppedAt() {
        return stoppedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant breachedAt() {
        return breachedAt;
    }
}
