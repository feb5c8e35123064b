package io.tessera.platform.sla.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An SLA policy of one tenant: which tickets it covers (conditions on type, affected service, customer
 * organisation, contract and priority; empty means any), the business calendar its clocks run on, the statuses that pause them, business-time targets per
 * metric and priority, and what happens at shares of a target (warnings below 100 %, the breach at 100 %).
 * The first matching policy by position (then name) governs a ticket's SLA clocks. A policy that names assignment
 * groups is an OLA instead: every OLA covering the ticket adds clocks for each of its groups that holds the ticket.
 */
@Entity
@Table(name = "sla_policy")
public class SlaPolicy {

    public static final int MAX_NAME = 100;

    @Id
    private UUID id;
    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;
    @Column(name = "position", nullable = false)
    private int position;
    @Column(name = "calendar_id", nullable = false)
    private UUID calendarId;
    @Column(name = "ticket_types", nullable = false)
    private String ticketTypes;
    @Column(name = "services", nullable = false)
    private String services;
    @Column(name = "organisations", nullable = false)
    private String organisations;
    @Column(name = "contracts", nullable = false)
    private String contracts;
    @Column(name = "priorities", nullable = false)
    private String priorities;
    @Column(name = "groups", nullable = false)
    private String groups;
    @Column(name = "pause_statuses", nullable = false)
    private String pauseStatuses;
    @ElementCollection
    @BatchSize(size = 64)
    @CollectionTable(name = "sla_target", joinColumns = @JoinColumn(name = "policy_id"))
    private List<Target> targets = new ArrayList<>();
    @ElementCollection
    @BatchSize(size = 64)
    @CollectionTable(name = "sla_escalation_rule", joinColumns = @JoinColumn(name = "policy_id"))
    private List<Escalation> escalations = new ArrayList<>();
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected SlaPolicy() {
    }

    /** A business-time target of one metric at one priority (1..5). */
    @Embeddable
    public record Target(@Column(name = "metric") String metric, @Column(name = "priority") short priority,
                         @Column(name = "target_millis") long targetMillis) {
        public Duration target() {
            return Duration.ofMillis(targetMillis);
        }
    }

    /** At {@code percent} of a target, do {@code action} ({@code group}: where {@code reassign} sends the ticket). */
    @Embeddable
    public record Escalation(@Column(name = "percent") short percent, @Column(name = "action") String action,
                             @Column(name = "group_id") UUID group) {
    }

    /** What a policy says, as a whole; checked by the application before it is stored. */
    public record Definition(String name, int position, UUID calendarId, List<String> ticketTypes,
                             List<String> services, List<String> organisations, List<String> contracts,
                             List<Integer> priorities, List<UUID> groups, List<String> pauseStatuses,
                             List<Target> targets, List<Escalation> escalations) {
    }

    /** What a policy's conditions look at on a ticket; {@code service}, {@code organisation}, {@code contract} may be null. */
    public record Subject(String type, String service, String organisation, String contract, int priority) {
    }

    public static SlaPolicy create(Definition d, Instant now) {
        SlaPolicy p = new SlaPolicy();
        p.id = UUID.randomUUID();
        p.createdAt = now;
        p.redefine(d, now);
        return p;
    }

    public void redefine(Definition d, Instant now) {
        name = d.name().strip();
        position = d.position();
        calendarId = d.calendarId();
        ticketTypes = String.join(",", new TreeSet<>(d.ticketTypes()));
        services = String.join(",", d.services().stream().map(String::strip).distinct().toList());
        organisations = String.join(",", d.organisations().stream().map(String::strip).distinct().toList());
        contracts = String.join(",", d.contracts().stream().map(String::strip).distinct().toList());
        priorities = String.join(",", new TreeSet<>(d.priorities()).stream().map(String::valueOf).toList());
        groups = String.join(",", new TreeSet<>(d.groups()).stream().map(UUID::toString).toList());
        pauseStatuses = String.join(",", new TreeSet<>(d.pauseStatuses()));
        targets.clear();
        targets.addAll(d.targets());
        escalations.clear();
        escalations.addAll(d.escalations());
        updatedAt = now;
    }

    /** Whether this policy covers a ticket of this type, affected service and priority rank (any organisation and contract). */
    public boolean covers(String type, String service, int priority) {
        return covers(new Subject(type, service, null, null, priority));
    }

    /**
     * Whether this policy covers a ticket with these facts: every non-empty condition must name the ticket's value
     * (free references compared exactly after trimming; a ticket without a value matches only an empty condition).
     */
    public boolean covers(Subject s) {
        return (ticketTypes.isEmpty() || ticketTypes().contains(s.type()))
                && names(services, s.service())
                && names(organisations, s.organisation())
                && names(contracts, s.contract())
                && (priorities.isEmpty() || priorities().contains(s.priority()));
    }

    private static boolean names(String condition, String value) {
        return condition.isEmpty() || (value != null && split(condition).contains(value.strip()));
    }

    /** An OLA: its clocks count only the time one of its assignment groups holds the ticket. */
    public boolean isOla() {
        return !groups.isEmpty();
    }

    public boolean coversGroup(UUID group) {
        return group != null && groups().contains(group);
    }

    public Optional<Target> target(String metric, int priority) {
        return targets.stream().filter(t -> t.metric().equals(metric) && t.priority() == priority).findFirst();
    }

    /** The metrics this policy has a target for at {@code priority}. */
    public List<Target> targetsAt(int priority) {
        return targets.stream().filter(t -> t.priority() == priority).toList();
    }

    /** Whether a ticket in {@code status} (with {@code reason}, may be null) pauses this policy's clocks. */
    public boolean pausesOn(String status, String reason) {
        List<String> on = pauseStatuses();
        return on.contains(status) || (reason != null && on.contains(status + ":" + reason));
    }

    /** The shares of a target at which something fires: every escalation's percent, and always 100. */
    public List<Integer> thresholds() {
        TreeSet<Integer> t = new TreeSet<>();
        escalations.forEach(e -> t.add((int) e.percent()));
        t.add(100);
        return List.copyOf(t);
    }

    public List<Escalation> escalationsAt(int percent) {
        return escalations.stream().filter(e -> e.percent() == percent).toList();
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int position() {
        return position;
    }

    public UUID calendarId() {
        return calendarId;
    }

    public List<String> ticketTypes() {
        return split(ticketTypes);
    }

    public List<String> services() {
        return split(services);
    }

    public List<String> organisations() {
        return split(organisations);
    }

    public List<String> contracts() {
        return split(contracts);
    }

    public List<Integer> priorities() {
        return split(priorities).stream().map(Integer::valueOf).toList();
    }

    public List<UUID> groups() {
        return split(groups).stream().map(UUID::fromString).toList();
    }

    public List<String> pauseStatuses() {
        return split(pauseStatuses);
    }

    public List<Target> targets() {
        return List.copyOf(targets);
    }

    public List<Escalation> escalations() {
        return List.copyOf(escalations);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
