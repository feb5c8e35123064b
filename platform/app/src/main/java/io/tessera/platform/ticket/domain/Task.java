package io.tessera.platform.ticket.domain;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;

import java.util.List;
import java.util.Map;

/** A piece of work under an incident, request, problem or change. New → in progress → completed; or cancelled. */
@Entity
@DiscriminatorValue("task")
@Audited
public class Task extends Ticket {

    public static final Lifecycle<Task> LIFECYCLE = Lifecycle.<Task>builder("task", "new")
            .from("new", "in_progress", "cancelled")
            .from("in_progress", "completed", "cancelled")
            .from("completed")
            .from("cancelled")
            .done("completed", "cancelled")
            .onEnter("completed", (t, r, c) -> t.resolution(TicketText.optional("notes", r.notes(), MAX_NOTES), c.now()))
            .build();

    protected Task() {
    }

    @Override
    protected void initialise(TicketDraft draft, Ticket parent) {
        if (parent == null) {
            throw TicketRuleException.missing("new", List.of("parent"));
        }
        if (parent instanceof Task) {
            throw TicketRuleException.invalid("ticket-parent-not-allowed", parent.number().toString());
        }
    }

    @Override
    public Lifecycle<Task> lifecycle() {
        return LIFECYCLE;
    }

    @Override
    public TicketType type() {
        return TicketTypes.TASK;
    }

    @Override
    protected void runLifecycle(String from, TransitionRequest request, TransitionContext context) {
        LIFECYCLE.run(this, from, request, context);
    }

    @Override
    protected boolean editSpecific(TicketEdit e) {
        if (e.majorIncident() != null || e.rootCause() != null || e.workaround() != null || e.risk() != null
                || e.plannedStart() != null || e.plannedEnd() != null) {
            throw TicketRuleException.invalid("ticket-field-not-applicable", "task");
        }
        return false;
    }

    @Override
    protected void describeSpecific(Map<String, String> fields) {
        // no fields of its own
    }
}
