package io.tessera.platform.ticket.domain;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;

import java.util.List;
import java.util.Map;

/**
 * A user's request for something standard (access, equipment, information). Submitted → approved or rejected →
 * fulfilling → fulfilled → closed. Approval is a plain step for now (the service catalog brings approval flows).
 */
@Entity
@DiscriminatorValue("request")
@Audited
public class ServiceRequest extends Ticket {

    public static final Lifecycle<ServiceRequest> LIFECYCLE = Lifecycle.<ServiceRequest>builder("request", "submitted")
            .from("submitted", "approved", "rejected", "cancelled")
            .from("approved", "fulfilling", "cancelled")
            .from("fulfilling", "fulfilled", "cancelled")
            .from("fulfilled", "closed")
            .from("rejected", "closed")
            .from("closed")
            .from("cancelled")
            .done("fulfilled", "rejected", "closed", "cancelled")
            .onEnter("rejected", ServiceRequest::reject)
            .onEnter("fulfilled", (t, r, c) -> t.resolution(TicketText.optional("notes", r.notes(), MAX_NOTES), c.now()))
            .build();

    protected ServiceRequest() {
    }

    @Override
    protected void initialise(TicketDraft draft, Ticket parent) {
        requireNoParent(parent);
    }

    @Override
    public Lifecycle<ServiceRequest> lifecycle() {
        return LIFECYCLE;
    }

    @Override
    public TicketType type() {
        return TicketTypes.REQUEST;
    }

    @Override
    protected void runLifecycle(String from, TransitionRequest request, TransitionContext context) {
        LIFECYCLE.run(this, from, request, context);
    }

    private void reject(TransitionRequest r, TransitionContext c) {
        if (r.notes() == null) {
            throw TicketRuleException.missing("rejected", List.of("notes"));
        }
        resolution(TicketText.required("notes", r.notes(), MAX_NOTES), c.now());
    }

    @Override
    protected boolean editSpecific(TicketEdit e) {
        if (e.majorIncident() != null || e.rootCause() != null || e.workaround() != null || e.risk() != null
                || e.plannedStart() != null || e.plannedEnd() != null) {
            throw TicketRuleException.invalid("ticket-field-not-applicable", "request");
        }
        return false;
    }

    @Override
    protected void describeSpecific(Map<String, String> fields) {
        // no fields of its own
    }
}
