package io.tessera.platform.ticket.domain;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.tessera.platform.ticket.domain.Tickets.T0;
import static io.tessera.platform.ticket.domain.Tickets.at;
import static io.tessera.platform.ticket.domain.Tickets.move;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OtherTypesTest {

    @Test
    void requestIsApprovedFulfilledAndClosedOrRejectedWithAReason() {
        ServiceRequest r = Tickets.open(TicketTypes.REQUEST);
        assertThat(r.status()).isEqualTo("submitted");
        assertThatThrownBy(() -> move(r, "fulfilling")).isInstanceOfSatisfying(IllegalTransitionException.class,
                e -> assertThat(e.allowed()).containsExactly("approved", "rejected", "cancelled"));
        move(r, "approved");
        move(r, "fulfilling");
        r.transition(new TransitionRequest("fulfilled", null, null, "Laptop handed over", null), at(T0));
        move(r, "closed");

        ServiceRequest rejected = Tickets.open(TicketTypes.REQUEST);
        assertThatThrownBy(() -> move(rejected, "rejected")).isInstanceOfSatisfying(TicketRuleException.class,
                e -> assertThat(e.fields()).containsExactly("notes"));
        rejected.transition(new TransitionRequest("rejected", null, null, "Not in budget", null), at(T0));
        assertThat(rejected.resolutionNotes()).isEqualTo("Not in budget");
        assertThat(rejected.isActive()).isFalse();
    }

    @Test
    void problemBecomesAKnownErrorOnlyWithRootCauseAndWorkaround() {
        Problem p = Tickets.open(TicketTypes.PROBLEM);
        move(p, "assessed");
        move(p, "root_cause_analysis");
        assertThatThrownBy(() -> move(p, "known_error")).isInstanceOfSatisfying(TicketRuleException.class,
                e -> assertThat(e.fields()).containsExactly("rootCause", "workaround"));
        p.edit(new TicketEdit(null, null, null, null, null, null, null, null, null, "Driver leak", "Restart spooler",
                null, null, null, null, null), PriorityMatrix.ITIL_DEFAULT, T0);
        move(p, "known_error");
        assertThat(p.isKnownError()).isTrue();
        assertThatThrownBy(() -> move(p, "closed")).isInstanceOf(IllegalTransitionException.class);
        p.transition(new TransitionRequest("resolved", null, null, "Driver updated", null), at(T0));
        move(p, "closed");
    }

    @Test
    void taskNeedsAParentThatIsNotATask() {
        assertThatThrownBy(() -> Tickets.open(TicketTypes.TASK)).isInstanceOfSatisfying(TicketRuleException.class,
                e -> assertThat(e.fields()).containsExactly("parent"));
        Change change = Tickets.open(TicketTypes.CHANGE);
        Task task = Tickets.open(TicketTypes.TASK, null, change);
        assertThat(task.parentId()).isEqualTo(change.id());
        assertThatThrownBy(() -> Tickets.open(TicketTypes.TASK, null, task))
                .hasMessageContaining("ticket-parent-not-allowed");
        move(task, "in_progress");
        move(task, "completed");
        assertThat(task.lifecycle().allowedFrom("completed")).isEmpty();
    }

    @Test
    void onlyTasksAndIncidentsHaveParents() {
        Change change = Tickets.open(TicketTypes.CHANGE);
        assertThatThrownBy(() -> Tickets.open(TicketTypes.PROBLEM, null, change))
                .hasMessageContaining("ticket-parent-not-allowed");
    }

    @Test
    void commentsSeparateWorkNotesAndOnlyAgentsWriteThem() {
        Incident i = Tickets.open(TicketTypes.INCIDENT);
        TicketComment note = TicketComment.on(i, Tickets.AGENT, true, "work_note", "checked logs", T0);
        assertThat(note.isWorkNote()).isTrue();
        assertThat(i.drainEvents()).containsExactly(TicketEvent.COMMENTED);
        assertThatThrownBy(() -> TicketComment.on(i, Tickets.REQUESTER, false, "work_note", "x", T0))
                .isInstanceOfSatisfying(TicketRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(TicketRuleException.Kind.FORBIDDEN));
        assertThat(TicketComment.on(i, Tickets.REQUESTER, false, null, "thanks", T0).visibility()).isEqualTo("public");
    }

    @Test
    void numbersCarryTheirTypesPrefix() {
        assertThat(TicketNumber.parse("chg0000007")).contains(new TicketNumber(TicketTypes.CHANGE, 7));
        assertThat(new TicketNumber(TicketTypes.REQUEST, 1234).toString()).isEqualTo("REQ0001234");
        assertThat(TicketNumber.parse("TCK0000001")).isEmpty();
        assertThat(TicketNumber.parse("INC0000000")).isEmpty();
        assertThat(TicketNumber.parse("INC12")).isEmpty();
        assertThat(TicketNumber.parse("INC99999999999999999999")).isEmpty();
        assertThat(TicketTypes.all()).extracting(TicketType::prefix).containsExactly("INC", "REQ", "PRB", "CHG", "TSK");
    }

    @Test
    void categoriesAreFreeUntilTheTenantListsThem() {
        CategoryCatalog.OPEN.check("Anything", "goes");
        CategoryCatalog catalog = new CategoryCatalog(Map.of("Hardware", java.util.List.of("Printer", "Laptop"),
                "Network", java.util.List.of()));
        catalog.check("Hardware", "Printer");
        catalog.check("Network", null);
        catalog.check(null, null);
        assertThatThrownBy(() -> catalog.check("Hardware", "Router")).isInstanceOfSatisfying(TicketRuleException.class,
                e -> assertThat(e.facts().get("allowed")).isEqualTo(java.util.List.of("Printer", "Laptop")));
        assertThatThrownBy(() -> catalog.check("Software", null)).hasMessageContaining("ticket-invalid-code");
        assertThatThrownBy(() -> catalog.check(null, "Printer")).hasMessageContaining("ticket-subcategory-without-category");
    }

    @Test
    void itilDefaultMatrixGoesFromP1ToP5() {
        PriorityMatrix m = PriorityMatrix.ITIL_DEFAULT;
        assertThat(m.priorityOf(Level.HIGH, Level.HIGH).code()).isEqualTo("P1");
        assertThat(m.priorityOf(Level.HIGH, Level.MEDIUM).code()).isEqualTo("P2");
        assertThat(m.priorityOf(Level.MEDIUM, Level.HIGH).code()).isEqualTo("P2");
        assertThat(m.priorityOf(Level.HIGH, Level.LOW).code()).isEqualTo("P3");
        assertThat(m.priorityOf(Level.MEDIUM, Level.MEDIUM).code()).isEqualTo("P3");
        assertThat(m.priorityOf(Level.MEDIUM, Level.LOW).code()).isEqualTo("P4");
        assertThat(m.priorityOf(Level.LOW, Level.LOW).code()).isEqualTo("P5");
        assertThat(PriorityMatrix.of(m.cells())).isEqualTo(m);
        assertThatThrownBy(() -> PriorityMatrix.of(Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lifecyclesAreRegisteredByCodeAndRefuseUndeclaredStatuses() {
        assertThat(Lifecycles.all()).extracting(Lifecycle::code).containsExactly("incident", "request", "problem",
                "change.standard", "change.normal", "change.emergency", "task");
        assertThatThrownBy(() -> Lifecycle.<Task>builder("broken", "a").from("a", "b").build())
                .hasMessageContaining("undeclared statuses [b]");
        for (Lifecycle<?> l : Lifecycles.all()) {
            for (String s : l.statuses()) {
                assertThat(s).matches("[a-z][a-z_]*");
            }
        }
    }
}
