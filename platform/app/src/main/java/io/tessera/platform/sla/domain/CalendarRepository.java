package io.tessera.platform.sla.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's business calendars. */
public interface CalendarRepository {

    void add(TenantCalendar calendar);

    Optional<TenantCalendar> find(UUID id);

    /** Whether another calendar (not {@code except}) already has this name, ignoring case. */
    boolean nameTaken(String name, UUID except);

    /** By name (case-insensitive), keyset-paginated: names after {@code after} (null: from the first), at most {@code limit}. */
    List<TenantCalendar> page(String after, int limit);

    void remove(TenantCalendar calendar);

    /** Writes pending changes now, so optimistic-lock and unique-name conflicts surface inside the service. */
    void flush();
}
