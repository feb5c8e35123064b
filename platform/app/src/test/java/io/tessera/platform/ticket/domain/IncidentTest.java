package io.tessera.platform.ticket.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static io.tessera.platform.ticket.domain.Tickets.T0;
import static io.tessera.platform.ticket.domain.Tickets.at;
import static io.tessera.platform.ticket.domain.Tickets.move;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentTest {

    private static TransitionRequest resolve(String code, String notes) {
        return new TransitionRequest("resolved", null, code, notes, null);
    }

    @Test
    void opensAsNewWithMediumPriorityAndRaisesCreated() {
        Ticket t = Ticket.open(new TicketNumber(TicketTypes.INCIDENT, 42), TicketDraft.of(" VPN ", null, "portal"),
                null, Tickets.REQUESTER, PriorityMatrix.ITIL_DEFAULT, T0);
        assertThat(t).isInstanceOf(Incident.class);
        assertThat(t.number().toString()).isEqualTo("INC0000042");
        assertThat(t.title()).isEqualTo("VPN");
        assertThat(t.status()).isEqualTo("new");
        assertThat(t.priority().code()).isEqualTo("P3");
        assertThat(t.isActive()).isTrue();
        assertThat(t.drainEvents()).containsExactly(TicketEvent.CREATED);
    }

    @Test
    void goesThroughItsWholeLifecycle() {
        Incident i = Tickets.open(TicketTypes.INCIDENT);
        move(i, "in_progress");
        i.transition(new TransitionRequest("on_hold", "awaiting_vendor", null, null, null), at(T0));
        assertThat(i.holdReason()).isEqualTo("awaiting_vendor");
        move(i, "in_progress");
        assertThat(i.holdReason()).isNull();
        i.transition(resolve("workaround", "Restarted the spooler"), at(T0));
        assertThat(i.status()).isEqualTo("resolved");
        assertThat(i.resolutionCode()).isEqualTo("workaround");
        assertThat(i.resolutionNotes()).isEqualTo("Restarted the spooler");
        assertThat(i.resolvedAt()).isEqualTo(T0);
        assertThat(i.isActive()).isFalse();
        move(i, "closed");
        assertThat(i.lifecycle().allowedFrom("closed")).isEmpty();
        assertThat(i.drainEvents()).containsExactly(TicketEvent.STATUS_CHANGED);
    }

    @Test
    void illegalTransitionNamesTheAllowedOnesAndChangesNothing() {
        Incident i = Tickets.open(TicketTypes.INCIDENT);
        assertThatThrownBy(() -> move(i, "closed"))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.allowed()).containsExactly("in_progress", "on_hold", "resolved", "cancelled");
                    assertThat(e.code()).isEqualTo("illegal-transition");
                    assertThat(e.kind()).isEqualTo(TicketRuleException.Kind.CONFLICT);
                });
        assertThatThrownBy(() -> move(i, "no_such_status")).isInstanceOf(IllegalTransitionException.class);
        assertThat(i.status()).isEqualTo("new");
        assertThat(i.drainEvents()).isEmpty();
    }

    @Test
    void holdNeedsAKnownReason() {
        Incident i = Tickets.open(TicketTypes.INCIDENT);
        assertThatThrownBy(() -> move(i, "on_hold")).isInstanceOfSatisfying(TicketRuleException.class,
                e -> assertThat(e.fields()).containsExactly("reason"));
        assertThatThrownBy(() -> i.transition(new TransitionRequest("on_hold", "lunch", null, null, null), at(T0)))
                .isInstanceOfSatisfying(TicketRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("ticket-invalid-code"));
        assertThat(i.status()).isEqualTo("new");
    }

    @Test
    void resolvingNeedsCodeAndNotes() {
        Incident i = Tickets.open(TicketTypes.INCIDENT);
        assertThatThrownBy(() -> move(i, "resolved")).isInstanceOfSatisfying(TicketRuleException.class,
                e -> assertThat(e.fields()).containsExactly("resolutionCode", "notes"));
        assertThatThrownBy(() -> i.transition(resolve("magic", "n"), at(T0)))
                .hasMessageContaining("ticket-invalid-code");
        assertThat(i.status()).isEqualTo("new");
        assertThat(i.resolvedAt()).isNull();
    }

    @Test
    void reopensWithinTheTenantsWindowOnly() {
        Incident i = Tickets.open(TicketTypes.INCIDENT);
        i.transition(resolve("solved", "done"), at(T0));
        i.transition(TransitionRequest.to("in_progress"), at(T0.plus(Duration.ofDays(7))));
        assertThat(i.status()).isEqualTo("in_progress");
        assertThat(i.reopenCount()).isEqualTo(1);
        assertThat(i.resolutionCode()).isNull();
        assertThat(i.resolvedAt()).isNull();

        i.transition(resolve("solved", "done again"), at(T0));
        assertThatThrownBy(() -> i.transition(TransitionRequest.to("in_progress"),
                at(T0.plus(Duration.ofDays(7)).plusSeconds(1))))
                .isInstanceOfSatisfying(TicketRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo("reopen-window-expired");
                    assertThat(e.kind()).isEqualTo(TicketRuleException.Kind.CONFLICT);
                });
        assertThat(i.status()).isEqualTo("resolved");
    }

    @Test
    void finalTicketsCannotBeEditedOrAssigned() {
        Incident i = Tickets.open(TicketTypes.INCIDENT);
        move(i, "cancelled");
        assertThatThrownBy(() -> i.edit(new TicketEdit("new title", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null), PriorityMatrix.ITIL_DEFAULT, T0)).hasMessageContaining("ticket-final");
        assertThatThrownBy(() -> i.assign(null, Tickets.AGENT, false, T0)).hasMessageContaining("ticket-final");
    }

    @Test
    void editRatesThroughTheMatrixAndRaisesUpdatedOnlyOnChange() {
        Incident i = Tickets.open(TicketTypes.INCIDENT);
        i.edit(new TicketEdit(null, null, Level.HIGH, Level.HIGH, null, null, null, null, null, null, null, null,
                null, null, null, null), PriorityMatrix.ITIL_DEFAULT, T0);
        assertThat(i.priority().code()).isEqualTo("P1");
        assertThat(i.drainEvents()).containsExactly(TicketEvent.UPDATED);
        i.edit(new TicketEdit("Printer jams", null, Level.HIGH, null, null, null, null, null, null, null, null,
                null, null, null, null, null), PriorityMatrix.ITIL_DEFAULT, T0);
        assertThat(i.drainEvents()).isEmpty();
        assertThatThrownBy(() -> i.edit(new TicketEdit(null, null, null, null, null, null, null, null, null,
                "root", null, null, null, null, null, null), PriorityMatrix.ITIL_DEFAULT, T0))
                .hasMessageContaining("ticket-field-not-applicable");
    }

    @Test
    void assignmentNeedsAMemberOfTheGroup() {
        Incident i = Tickets.open(TicketTypes.INCIDENT);
        java.util.UUID group = java.util.UUID.randomUUID();
        assertThatThrownBy(() -> i.assign(group, Tickets.AGENT, false, T0)).hasMessageContaining("assignee-not-in-group");
        i.assign(group, Tickets.AGENT, true, T0);
        assertThat(i.assignee()).isEqualTo(Tickets.AGENT);
        assertThat(i.drainEvents()).containsExactly(TicketEvent.ASSIGNED);
        i.assign(group, Tickets.AGENT, true, T0);
        assertThat(i.drainEvents()).isEmpty();
        i.watchers(Set.of("u-9"), T0);
        assertThat(i.isVisibleTo("u-9", false)).isTrue();
        assertThat(i.isVisibleTo("u-8", false)).isFalse();
    }

    @Test
    void childIncidentsHangUnderAMajorIncidentOnly() {
        Incident plain = Tickets.open(TicketTypes.INCIDENT);
        assertThatThrownBy(() -> Tickets.open(TicketTypes.INCIDENT, null, plain))
                .hasMessageContaining("ticket-not-major-incident");
        plain.edit(new TicketEdit(null, null, null, null, null, null, null, null, true, null, null, null, null,
                null, null, null), PriorityMatrix.ITIL_DEFAULT, T0);
        Incident child = Tickets.open(TicketTypes.INCIDENT, null, plain);
        assertThat(child.parentId()).isEqualTo(plain.id());
    }
}
