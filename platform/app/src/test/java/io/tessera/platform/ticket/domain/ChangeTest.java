package io.tessera.platform.ticket.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.tessera.platform.ticket.domain.Tickets.T0;
import static io.tessera.platform.ticket.domain.Tickets.at;
import static io.tessera.platform.ticket.domain.Tickets.move;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangeTest {

    static final Actor ALICE = new Actor("cab-1", "Alice");
    static final Actor BOB = new Actor("cab-2", "Bob");
    static final Actor CAROL = new Actor("cab-3", "Carol");
    static final Instant START = Instant.parse("2026-12-01T22:00:00Z");

    private static void plan(Change c, String risk) {
        c.edit(new TicketEdit(null, null, null, null, null, null, null, null, null, null, null, risk, START,
                START.plusSeconds(3600), null, null), PriorityMatrix.ITIL_DEFAULT, T0);
    }

    @Test
    void normalChangeIsAssessedAuthorisedByItsCabScheduledImplementedReviewedAndClosed() {
        Change c = Tickets.open(TicketTypes.CHANGE);
        assertThat(c.changeModel()).isEqualTo("normal");
        assertThat(c.status()).isEqualTo("draft");
        assertThatThrownBy(() -> move(c, "scheduled")).isInstanceOfSatisfying(IllegalTransitionException.class,
                e -> assertThat(e.allowed()).containsExactly("assessment", "cancelled"));
        move(c, "assessment");
        assertThatThrownBy(() -> move(c, "authorization")).isInstanceOfSatisfying(TicketRuleException.class,
                e -> assertThat(e.fields()).containsExactly("risk", "approvers"));
        plan(c, "medium");
        c.nominateApprovers(List.of(ALICE, BOB, CAROL), "majority", T0);
        move(c, "authorization");
        c.decide(ALICE, true, "ok", T0);
        assertThat(c.approvalOutcome()).isEqualTo("pending");
        assertThatThrownBy(() -> move(c, "scheduled")).hasMessageContaining("change-not-approved");
        assertThatThrownBy(() -> c.decide(ALICE, false, null, T0)).hasMessageContaining("change-already-decided");
        assertThatThrownBy(() -> c.decide(new Actor("x", "X"), true, null, T0))
                .isInstanceOfSatisfying(TicketRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(TicketRuleException.Kind.FORBIDDEN));
        c.decide(BOB, true, null, T0);
        assertThat(c.approvalOutcome()).isEqualTo("approved");
        move(c, "scheduled");
        move(c, "implementing");
        assertThatThrownBy(() -> move(c, "review")).isInstanceOfSatisfying(TicketRuleException.class,
                e -> assertThat(e.fields()).containsExactly("outcome"));
        c.transition(new TransitionRequest("review", null, null, "went fine", "backed_out"), at(T0));
        assertThat(c.reviewOutcome()).isEqualTo("backed_out");
        move(c, "closed");
        assertThat(c.isActive()).isFalse();
    }

    @Test
    void cabRulesCountVotes() {
        assertThat(CabRule.outcome("any", List.of("rejected", "approved"))).isEqualTo("approved");
        assertThat(CabRule.outcome("any", java.util.Arrays.asList("rejected", null))).isEqualTo("pending");
        assertThat(CabRule.outcome("any", List.of("rejected", "rejected"))).isEqualTo("rejected");
        assertThat(CabRule.outcome("all", java.util.Arrays.asList("approved", null))).isEqualTo("pending");
        assertThat(CabRule.outcome("all", java.util.Arrays.asList("approved", "rejected"))).isEqualTo("rejected");
        assertThat(CabRule.outcome("all", List.of("approved", "approved"))).isEqualTo("approved");
        assertThat(CabRule.outcome("majority", java.util.Arrays.asList("approved", "approved", null))).isEqualTo("approved");
        assertThat(CabRule.outcome("majority", java.util.Arrays.asList("approved", "rejected", null, null))).isEqualTo("pending");
        assertThat(CabRule.outcome("majority", java.util.Arrays.asList("rejected", "rejected", null, null))).isEqualTo("rejected");
    }

    @Test
    void standardChangeIsPreAuthorised() {
        Change c = Tickets.open(TicketTypes.CHANGE, "standard", null);
        assertThat(c.lifecycle().code()).isEqualTo("change.standard");
        assertThatThrownBy(() -> move(c, "scheduled")).isInstanceOfSatisfying(TicketRuleException.class,
                e -> assertThat(e.fields()).containsExactly("plannedStart", "plannedEnd"));
        plan(c, "low");
        move(c, "scheduled");
        assertThat(c.status()).isEqualTo("scheduled");
    }

    @Test
    void emergencyChangeMayBeImplementedAsSoonAsAuthorised() {
        Change c = Tickets.open(TicketTypes.CHANGE, "emergency", null);
        plan(c, "high");
        c.nominateApprovers(List.of(ALICE), null, T0);
        move(c, "authorization");
        assertThatThrownBy(() -> move(c, "implementing")).hasMessageContaining("change-not-approved");
        c.decide(ALICE, true, null, T0);
        move(c, "implementing");
        assertThat(c.status()).isEqualTo("implementing");
    }

    @Test
    void schedulingIsRefusedWhenTheWindowCollides() {
        Change c = Tickets.open(TicketTypes.CHANGE, "standard", null);
        plan(c, "low");
        var conflict = new TransitionContext.Conflict("blackout", "Year-end freeze", START, START.plusSeconds(60));
        assertThatThrownBy(() -> c.transition(TransitionRequest.to("scheduled"), at(T0, List.of(conflict))))
                .isInstanceOfSatisfying(TicketRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo("change-window-conflict");
                    assertThat(e.facts()).containsEntry("conflicts", List.of(conflict));
                });
        assertThat(c.status()).isEqualTo("draft");
    }

    @Test
    void windowMustEndAfterItStartsAndIsFixedOnceScheduled() {
        Change c = Tickets.open(TicketTypes.CHANGE, "standard", null);
        assertThatThrownBy(() -> c.edit(new TicketEdit(null, null, null, null, null, null, null, null, null, null,
                null, null, START, START, null, null), PriorityMatrix.ITIL_DEFAULT, T0)).hasMessageContaining("change-window-invalid");
        plan(c, "low");
        move(c, "scheduled");
        assertThatThrownBy(() -> plan(c, "low")).hasMessageContaining("change-window-locked");
        assertThatThrownBy(() -> c.nominateApprovers(List.of(ALICE), "all", T0))
                .hasMessageContaining("change-approvers-locked");
    }
}
