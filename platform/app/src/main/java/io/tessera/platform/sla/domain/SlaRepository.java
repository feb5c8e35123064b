package io.tessera.platform.sla.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's SLA policies and clocks. */
public interface SlaRepository {

    void add(SlaPolicy policy);

    Optional<SlaPolicy> policy(UUID id);

    /** All policies in the order they are tried: position, then name. */
    List<SlaPolicy> policies();

    boolean policyNameTaken(String name, UUID except);

    void remove(SlaPolicy policy);

    void add(SlaClock clock);

    Optional<SlaClock> clock(UUID id);

    List<SlaClock> clocksOf(UUID ticketId);

    /** Clocks not yet stopped that run on this calendar. */
    List<SlaClock> runningOn(UUID calendarId);

    /** Clocks not yet stopped that this policy governs. */
    List<SlaClock> runningUnder(UUID policyId);

    void flush();
}
