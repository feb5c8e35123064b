package io.tessera.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TicketEventTest {

    private static final Instant T = Instant.parse("2026-11-23T10:15:30Z");
    private static final TicketView TICKET = new TicketView("TCK0000042", "Printer", null, "new", null, null, T, T);

    @Test
    void optionalTicketPartsMayBeNull() {
        assertThat(TICKET.description()).isNull();
        assertThat(TICKET.requesterId()).isNull();
    }

    @Test
    void theConstructorOfSdk01LeavesTheComponentsOf02Empty() {
        assertThat(TICKET.type()).isNull();
        assertThat(TICKET.priority()).isNull();
        assertThat(TICKET.assigneeId()).isNull();
        TicketView full = new TicketView("INC0000042", "Printer", null, "new", null, null, T, T, "incident", "P3",
                null, "u-7", "Agnes Agent", "portal");
        assertThat(full.type()).isEqualTo("incident");
        assertThat(full.assigneeName()).isEqualTo("Agnes Agent");
        assertThat(new TicketView("INC0000042", "Printer", null, "new", null, null, T, T)).isEqualTo(
                new TicketView("INC0000042", "Printer", null, "new", null, null, T, T, null, null, null, null, null,
                        null));
    }

    @Test
    void eventNeedsAllParts() {
        assertThatNullPointerException().isThrownBy(() -> new TicketEvent("id", "ticket.created", "acme", T, null));
        assertThatNullPointerException().isThrownBy(() -> new TicketEvent("id", "ticket.created", null, T, TICKET));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new TicketEvent("id", "ticket.created", " ", T, TICKET));
    }

    @Test
    void ticketNeedsNumberTitleStatusAndTimes() {
        assertThatNullPointerException().isThrownBy(() -> new TicketView(null, "t", null, "new", null, null, T, T));
        assertThatNullPointerException().isThrownBy(() -> new TicketView("n", "t", null, "new", null, null, T, null));
    }
}
