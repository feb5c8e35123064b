package io.tessera.platform.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A period in which the tenant allows no change to be scheduled (year-end closing, a product launch...). */
@Entity
@Table(name = "change_blackout")
public class BlackoutWindow {

    public static final int MAX_NAME = 200;

    @Id
    private UUID id;
    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected BlackoutWindow() {
    }

    /** @throws TicketRuleException when the name is blank or the window does not end after it starts */
    public static BlackoutWindow of(String name, Instant startsAt, Instant endsAt, Instant now) {
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw new TicketRuleException(TicketRuleException.Kind.INVALID, "change-window-invalid",
                    java.util.List.of("endsAt"), java.util.Map.of());
        }
        BlackoutWindow b = new BlackoutWindow();
        b.id = UUID.randomUUID();
        b.name = TicketText.required("name", name, MAX_NAME);
        b.startsAt = startsAt;
        b.endsAt = endsAt;
        b.createdAt = now;
        return b;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }
}
