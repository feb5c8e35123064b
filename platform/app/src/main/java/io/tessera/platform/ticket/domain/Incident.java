package io.tessera.platform.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An unplanned interruption or degradation of a service. New → in progress → on hold (awaiting customer, vendor or
 * change) → resolved (resolution code and notes) → closed; reopened from resolved within the tenant's reopen
 * window; cancelled while open. A major incident has child incidents that are resolved with it.
 */
@Entity
@DiscriminatorValue("incident")
@Audited
public class Incident extends Ticket {

    public static final AllowedCodes HOLD_REASONS = AllowedCodes.of("reason",
            "awaiting_customer", "awaiting_vendor", "awaiting_change");
    public static final AllowedCodes RESOLUTION_CODES = AllowedCodes.of("resolutionCode",
            "solved", "workaround", "not_reproducible", "duplicate", "user_error", "no_fault_found");

    public static final Lifecycle<Incident> LIFECYCLE = Lifecycle.<Incident>builder("incident", "new")
            .from("new", "in_progress", "on_hold", "resolved", "cancelled")
            .from("in_progress", "on_hold", "resolved", "cancelled")
            .from("on_hold", "in_progress", "resolved", "cancelled")
            .from("resolved", "in_progress", "closed")
            .from("closed")
            .from("cancelled")
            .done("resolved", "closed", "cancelled")
            .onEnter("on_hold", Incident::hold)
            .onLeave("on_hold", (i, r, c) -> i.holdReason = null)
            .onEnter("resolved", Incident::resolve)
            .onStep("resolved", "in_progress", Incident::reopen)
            .build();

    @Column(name = "hold_reason", length = 30)
    private String holdReason;
    @Column(name = "resolution_code", length = 30)
    private String resolutionCode;
    @Column(name = "reopen_count")
    private Integer reopenCount;
    @Column(name = "major_incident")
    private Boolean majorIncident;

    protected Incident() {
    }

    @Override
    protected void initialise(TicketDraft draft, Ticket parent) {
        if (parent != null && !(parent instanceof Incident major && major.isMajor())) {
            throw TicketRuleException.invalid("ticket-not-major-incident", parent.number().toString());
        }
        reopenCount = 0;
        majorIncident = false;
    }

    @Override
    public Lifecycle<Incident> lifecycle() {
        return LIFECYCLE;
    }

    @Override
    public TicketType type() {
        return TicketTypes.INCIDENT;
    }

    @Override
    protected void runLifecycle(String from, TransitionRequest request, TransitionContext context) {
        LIFECYCLE.run(this, from, request, context);
    }

    private void hold(TransitionRequest r, TransitionContext c) {
        if (r.reason() == null) {
            throw TicketRuleException.missing("on_hold", List.of("reason"));
        }
        holdReason = HOLD_REASONS.require(r.reason());
    }

    private void resolve(TransitionRequest r, TransitionContext c) {
        List<String> missing = new ArrayList<>();
        if (r.resolutionCode() == null) {
            missing.add("resolutionCode");
        }
        if (r.notes() == null) {
            missing.add("notes");
        }
        if (!missing.isEmpty()) {
            throw TicketRuleException.missing("resolved", missing);
        }
        String code = RESOLUTION_CODES.require(r.resolutionCode());
        String notes = TicketText.required("notes", r.notes(), MAX_NOTES);
        resolutionCode = code;
        resolution(notes, c.now());
    }

    private void reopen(TransitionRequest r, TransitionContext c) {
        Duration window = Duration.ofDays(c.policy().reopenWindowDays());
        if (resolvedAt() == null || c.now().isAfter(resolvedAt().plus(window))) {
            throw TicketRuleException.conflict("reopen-window-expired", number().toString(),
                    c.policy().reopenWindowDays());
        }
        resolutionCode = null;
        resolution(null, null);
        reopenCount = reopenCount() + 1;
    }

    /** Whether this incident is a major incident whose children are resolved with it. */
    public boolean isMajor() {
        return Boolean.TRUE.equals(majorIncident);
    }

    /** Attaches this incident to a major incident, or detaches it ({@code null}). */
    public void childOf(Incident major, java.time.Instant now) {
        if (major != null && (major.id().equals(id()) || !major.isMajor())) {
            throw TicketRuleException.invalid("ticket-not-major-incident", major.number().toString());
        }
        requireNotFinal();
        parent(major == null ? null : major.id(), now);
    }

    @Override
    protected boolean editSpecific(TicketEdit e) {
        if (e.rootCause() != null || e.workaround() != null || e.risk() != null || e.plannedStart() != null
                || e.plannedEnd() != null) {
            throw TicketRuleException.invalid("ticket-field-not-applicable", "incident");
        }
        if (e.majorIncident() != null && e.majorIncident() != isMajor()) {
            majorIncident = e.majorIncident();
            return true;
        }
        return false;
    }

    @Override
    protected void describeSpecific(Map<String, String> fields) {
        fields.put("holdReason", holdReason);
        fields.put("resolutionCode", resolutionCode);
        fields.put("majorIncident", String.valueOf(isMajor()));
    }

    public String holdReason() {
        return holdReason;
    }

    public String resolutionCode() {
        return resolutionCode;
    }

    public int reopenCount() {
        return reopenCount == null ? 0 : reopenCount;
    }
}
