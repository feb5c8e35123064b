package io.tessera.platform.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The unknown cause of one or more incidents. New → assessed → root cause analysis → known error (root cause and
 * workaround documented) → resolved → closed. A problem in known error (or later) with a workaround is a known
 * error record agents can apply to incidents.
 */
@Entity
@DiscriminatorValue("problem")
@Audited
public class Problem extends Ticket {

    public static final Lifecycle<Problem> LIFECYCLE = Lifecycle.<Problem>builder("problem", "new")
            .from("new", "assessed", "cancelled")
            .from("assessed", "root_cause_analysis", "cancelled")
            .from("root_cause_analysis", "known_error", "resolved", "cancelled")
            .from("known_error", "resolved")
            .from("resolved", "closed")
            .from("closed")
            .from("cancelled")
            .done("resolved", "closed", "cancelled")
            .onEnter("known_error", Problem::documentKnownError)
            .onEnter("resolved", Problem::resolve)
            .build();

    @Column(name = "root_cause", length = MAX_DESCRIPTION)
    private String rootCause;
    @Column(name = "workaround", length = MAX_DESCRIPTION)
    private String workaround;

    protected Problem() {
    }

    @Override
    protected void initialise(TicketDraft draft, Ticket parent) {
        requireNoParent(parent);
    }

    @Override
    public Lifecycle<Problem> lifecycle() {
        return LIFECYCLE;
    }

    @Override
    public TicketType type() {
        return TicketTypes.PROBLEM;
    }

    @Override
    protected void runLifecycle(String from, TransitionRequest request, TransitionContext context) {
        LIFECYCLE.run(this, from, request, context);
    }

    private void documentKnownError(TransitionRequest r, TransitionContext c) {
        List<String> missing = new ArrayList<>();
        if (rootCause == null) {
            missing.add("rootCause");
        }
        if (workaround == null) {
            missing.add("workaround");
        }
        if (!missing.isEmpty()) {
            throw TicketRuleException.missing("known_error", missing);
        }
    }

    private void resolve(TransitionRequest r, TransitionContext c) {
        if (r.notes() == null) {
            throw TicketRuleException.missing("resolved", List.of("notes"));
        }
        resolution(TicketText.required("notes", r.notes(), MAX_NOTES), c.now());
    }

    /** Whether this problem is a known error: root cause found and a workaround documented. */
    public boolean isKnownError() {
        return rootCause != null && workaround != null
                && List.of("known_error", "resolved", "closed").contains(status());
    }

    @Override
    protected boolean editSpecific(TicketEdit e) {
        if (e.majorIncident() != null || e.risk() != null || e.plannedStart() != null || e.plannedEnd() != null) {
            throw TicketRuleException.invalid("ticket-field-not-applicable", "problem");
        }
        String[] before = {rootCause, workaround};
        rootCause = TicketText.edit("rootCause", e.rootCause(), rootCause, MAX_DESCRIPTION);
        workaround = TicketText.edit("workaround", e.workaround(), workaround, MAX_DESCRIPTION);
        return !java.util.Arrays.equals(before, new String[]{rootCause, workaround});
    }

    @Override
    protected void describeSpecific(Map<String, String> fields) {
        fields.put("rootCause", rootCause);
        fields.put("workaround", workaround);
    }

    public String rootCause() {
        return rootCause;
    }

    public String workaround() {
        return workaround;
    }
}
