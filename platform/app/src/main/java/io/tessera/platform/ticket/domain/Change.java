package io.tessera.platform.ticket.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A change to a service or configuration item. Its model decides its lifecycle: a standard change is
 * pre-authorised (draft → scheduled → implementing → review → closed); a normal change is assessed for risk and
 * impact and authorised by its CAB (any / all / majority of the approvers) before it is scheduled; an emergency
 * change skips assessment and may be implemented as soon as it is authorised. Scheduling needs a planned window
 * that collides with no other change on the same configuration item and no blackout window.
 */
@Entity
@DiscriminatorValue("change")
@Audited
public class Change extends Ticket {

    public static final AllowedCodes MODELS = AllowedCodes.of("changeModel", "standard", "normal", "emergency");
    public static final AllowedCodes RISKS = AllowedCodes.of("risk", "low", "medium", "high");
    public static final AllowedCodes OUTCOMES = AllowedCodes.of("outcome", "successful", "failed", "backed_out");
    public static final int MAX_APPROVERS = 20;

    public static final Lifecycle<Change> STANDARD = Lifecycle.<Change>builder("change.standard", "draft")
            .from("draft", "scheduled", "cancelled")
            .from("scheduled", "implementing", "cancelled")
            .from("implementing", "review")
            .from("review", "closed")
            .from("closed")
            .from("cancelled")
            .done("closed", "cancelled")
            .onEnter("scheduled", Change::schedule)
            .onEnter("review", Change::review)
            .build();

    public static final Lifecycle<Change> NORMAL = Lifecycle.<Change>builder("change.normal", "draft")
            .from("draft", "assessment", "cancelled")
            .from("assessment", "authorization", "draft", "cancelled")
            .from("authorization", "scheduled", "draft", "cancelled")
            .from("scheduled", "implementing", "cancelled")
            .from("implementing", "review")
            .from("review", "closed")
            .from("closed")
            .from("cancelled")
            .done("closed", "cancelled")
            .onEnter("authorization", Change::submitToCab)
            .onStep("authorization", "scheduled", Change::requireApproval)
            .onEnter("scheduled", Change::schedule)
            .onEnter("review", Change::review)
            .build();

    public static final Lifecycle<Change> EMERGENCY = Lifecycle.<Change>builder("change.emergency", "draft")
            .from("draft", "authorization", "cancelled")
            .from("authorization", "implementing", "scheduled", "draft", "cancelled")
            .from("scheduled", "implementing", "cancelled")
            .from("implementing", "review")
            .from("review", "closed")
            .from("closed")
            .from("cancelled")
            .done("closed", "cancelled")
            .onEnter("authorization", Change::submitToCab)
            .onStep("authorization", "scheduled", Change::requireApproval)
            .onStep("authorization", "implementing", (c, r, x) -> {
                c.requireApproval(r, x);
                c.schedule(r, x);
            })
            .onEnter("scheduled", Change::schedule)
            .onEnter("review", Change::review)
            .build();

    @Column(name = "change_model", length = 20, updatable = false)
    private String changeModel;
    @Column(name = "risk", length = 20)
    private String risk;
    @Column(name = "planned_start")
    private Instant plannedStart;
    @Column(name = "planned_end")
    private Instant plannedEnd;
    @Column(name = "cab_rule", length = 20)
    private String cabRule;
    @Column(name = "review_outcome", length = 20)
    private String reviewOutcome;
    @NotAudited
    @ElementCollection
    @CollectionTable(name = "change_approval", joinColumns = @JoinColumn(name = "ticket_id"))
    @OrderColumn(name = "position")
    private List<ChangeApproval> approvals = new ArrayList<>();

    protected Change() {
    }

    @Override
    protected void initialise(TicketDraft draft, Ticket parent) {
        requireNoParent(parent);
        changeModel = MODELS.require(draft.changeModel() == null ? "normal" : draft.changeModel());
        cabRule = "any";
    }

    @Override
    @SuppressWarnings("unchecked")
    public Lifecycle<Change> lifecycle() {
        return (Lifecycle<Change>) Lifecycles.require("change." + changeModel);
    }

    @Override
    public TicketType type() {
        return TicketTypes.CHANGE;
    }

    @Override
    protected void runLifecycle(String from, TransitionRequest request, TransitionContext context) {
        lifecycle().run(this, from, request, context);
    }

    private void submitToCab(TransitionRequest r, TransitionContext c) {
        List<String> missing = new ArrayList<>();
        if (risk == null) {
            missing.add("risk");
        }
        if (approvals.isEmpty()) {
            missing.add("approvers");
        }
        if (!missing.isEmpty()) {
            throw TicketRuleException.missing("authorization", missing);
        }
        approvals.forEach(ChangeApproval::reset);
    }

    private void requireApproval(TransitionRequest r, TransitionContext c) {
        String outcome = approvalOutcome();
        if (!"approved".equals(outcome)) {
            throw TicketRuleException.conflict("change-not-approved", number().toString(), cabRule, outcome);
        }
    }

    private void schedule(TransitionRequest r, TransitionContext c) {
        List<String> missing = new ArrayList<>();
        if (plannedStart == null) {
            missing.add("plannedStart");
        }
        if (plannedEnd == null) {
            missing.add("plannedEnd");
        }
        if (!missing.isEmpty()) {
            throw TicketRuleException.missing(r.to(), missing);
        }
        List<TransitionContext.Conflict> conflicts = c.calendar().conflictsOf(this);
        if (!conflicts.isEmpty()) {
            throw new TicketRuleException(TicketRuleException.Kind.CONFLICT, "change-window-conflict",
                    List.of("plannedStart", "plannedEnd"), Map.of("conflicts", conflicts), number().toString(),
                    conflicts.size());
        }
    }

    private void review(TransitionRequest r, TransitionContext c) {
        if (r.outcome() == null) {
            throw TicketRuleException.missing("review", List.of("outcome"));
        }
        reviewOutcome = OUTCOMES.require(r.outcome());
        resolution(TicketText.optional("notes", r.notes(), MAX_NOTES), c.now());
    }

    /**
     * Names the CAB members who decide on this change and how their votes count. Only before the change goes to
     * authorization; votes of an earlier round are discarded.
     */
    public void nominateApprovers(List<Actor> approvers, String rule, Instant now) {
        if (!List.of("draft", "assessment").contains(status())) {
            throw TicketRuleException.conflict("change-approvers-locked", number().toString(), status());
        }
        if (approvers.isEmpty() || approvers.size() > MAX_APPROVERS
                || approvers.stream().map(Actor::id).distinct().count() != approvers.size()) {
            throw TicketRuleException.invalid("change-invalid-approvers", MAX_APPROVERS);
        }
        cabRule = CabRule.CODES.require(rule == null ? cabRule : rule);
        approvals.clear();
        approvers.forEach(a -> approvals.add(new ChangeApproval(a)));
        touch(now);
        raise(TicketEvent.UPDATED);
    }

    /** An approver's vote while the change awaits authorization. */
    public void decide(Actor approver, boolean approve, String comment, Instant now) {
        if (!"authorization".equals(status())) {
            throw TicketRuleException.conflict("change-not-awaiting-approval", number().toString(), status());
        }
        ChangeApproval mine = approvals.stream().filter(a -> a.approver().id().equals(approver.id())).findFirst()
                .orElseThrow(() -> new TicketRuleException(TicketRuleException.Kind.FORBIDDEN, "change-not-an-approver",
                        List.of(), Map.of(), number().toString()));
        if (mine.decision() != null) {
            throw TicketRuleException.conflict("change-already-decided", number().toString(), mine.decision());
        }
        mine.decide(approve ? ChangeApproval.APPROVED : ChangeApproval.REJECTED,
                TicketText.optional("comment", comment, MAX_NOTES), now);
        touch(now);
        raise(TicketEvent.UPDATED);
    }

    /** {@code approved}, {@code rejected} or {@code pending}, by the CAB rule over the current votes. */
    public String approvalOutcome() {
        return CabRule.outcome(cabRule, approvals.stream().map(ChangeApproval::decision).toList());
    }

    @Override
    protected boolean editSpecific(TicketEdit e) {
        if (e.majorIncident() != null || e.rootCause() != null || e.workaround() != null) {
            throw TicketRuleException.invalid("ticket-field-not-applicable", "change");
        }
        Object[] before = {risk, plannedStart, plannedEnd};
        risk = e.risk() == null ? risk : RISKS.require(e.risk());
        if (e.plannedStart() != null || e.plannedEnd() != null) {
            if (!List.of("draft", "assessment", "authorization").contains(status())) {
                throw TicketRuleException.conflict("change-window-locked", number().toString(), status());
            }
            Instant start = e.plannedStart() == null ? plannedStart : e.plannedStart();
            Instant end = e.plannedEnd() == null ? plannedEnd : e.plannedEnd();
            if (start != null && end != null && !end.isAfter(start)) {
                throw new TicketRuleException(TicketRuleException.Kind.INVALID, "change-window-invalid",
                        List.of("plannedEnd"), Map.of());
            }
            plannedStart = start;
            plannedEnd = end;
        }
        return !Objects.deepEquals(before, new Object[]{risk, plannedStart, plannedEnd});
    }

    @Override
    protected void describeSpecific(Map<String, String> fields) {
        fields.put("changeModel", changeModel);
        fields.put("risk", risk);
        fields.put("plannedStart", plannedStart == null ? null : plannedStart.toString());
        fields.put("plannedEnd", plannedEnd == null ? null : plannedEnd.toString());
        fields.put("cabRule", cabRule);
        fields.put("reviewOutcome", reviewOutcome);
    }

    public String changeModel() {
        return changeModel;
    }

    public String risk() {
        return risk;
    }

    public Instant plannedStart() {
        return plannedStart;
    }

    public Instant plannedEnd() {
        return plannedEnd;
    }

    public String cabRule() {
        return cabRule;
    }

    public String reviewOutcome() {
        return reviewOutcome;
    }

    public List<ChangeApproval> approvals() {
        return List.copyOf(approvals);
    }
}
