package io.tessera.platform.sla.application;

import io.tessera.platform.sla.calendar.BusinessCalendar;
import io.tessera.platform.sla.calendar.DueResult;
import io.tessera.platform.sla.calendar.Pause;
import io.tessera.platform.sla.domain.CalendarRepository;
import io.tessera.platform.sla.domain.TenantCalendar;
import io.tessera.platform.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Business-calendar use cases for the current tenant; one transaction per public method. Definitions arrive
 * validated (a {@link BusinessCalendar} cannot be built otherwise); this adds names, versions and existence.
 */
@ApplicationScoped
@Transactional
public class CalendarService {

    @Inject
    CalendarRepository calendars;
    @Inject
    SlaClockService clocks;

    public record Page(List<TenantCalendar> items, String next) {
    }

    public TenantCalendar create(String name, BusinessCalendar definition) {
        if (calendars.nameTaken(name, null)) {
            throw ApiException.conflict("calendar-name-taken", name.strip());
        }
        TenantCalendar calendar = TenantCalendar.create(name, definition, Instant.now());
        calendars.add(calendar);
        flush(name);
        return calendar;
    }

    /** The calendar with its definition loaded, usable after the transaction. */
    public TenantCalendar get(UUID id) {
        TenantCalendar calendar = calendars.find(id)
                .orElseThrow(() -> ApiException.notFound("calendar-not-found", id.toString()));
        calendar.definition();
        return calendar;
    }

    public Page list(String after, int limit) {
        List<TenantCalendar> rows = calendars.page(after, limit + 1);
        List<TenantCalendar> items = rows.size() > limit ? rows.subList(0, limit) : rows;
        return new Page(List.copyOf(items), rows.size() > limit ? items.get(items.size() - 1).name() : null);
    }

    /**
     * Replaces a calendar's name and definition.
     *
     * @param expectedVersion the version the caller saw ({@code If-Match}), or null to overwrite unconditionally
     */
    public TenantCalendar update(UUID id, Long expectedVersion, String name, BusinessCalendar definition) {
        TenantCalendar calendar = get(id);
        checkVersion(calendar, expectedVersion);
        if (calendars.nameTaken(name, id)) {
            throw ApiException.conflict("calendar-name-taken", name.strip());
        }
        Instant now = Instant.now();
        calendar.redefine(name, definition, now);
        flush(name);
        clocks.calendarChanged(id, now);
        return calendar;
    }

    /** Changes the definition with {@code change} (e.g. holidays imported from iCalendar), keeping the name. */
    public TenantCalendar change(UUID id, Long expectedVersion, UnaryOperator<BusinessCalendar> change) {
        TenantCalendar calendar = get(id);
        checkVersion(calendar, expectedVersion);
        Instant now = Instant.now();
        calendar.redefine(calendar.name(), change.apply(calendar.definition()), now);
        flush(calendar.name());
        clocks.calendarChanged(id, now);
        return calendar;
    }

    public void delete(UUID id, Long expectedVersion) {
        TenantCalendar calendar = get(id);
        checkVersion(calendar, expectedVersion);
        calendars.remove(calendar);
        flush(calendar.name());
    }

    public DueResult due(UUID id, Instant start, Duration target, List<Pause> pauses) {
        return get(id).definition().due(start, target, pauses);
    }

    public Duration elapsed(UUID id, Instant from, Instant to, List<Pause> pauses) {
        return get(id).definition().elapsed(from, to, pauses);
    }

    private static void checkVersion(TenantCalendar calendar, Long expected) {
        if (expected != null && expected != calendar.version()) {
            throw new ApiException(412, "calendar-changed", calendar.name(), String.valueOf(calendar.version()));
        }
    }

    private void flush(String name) {
        try {
            calendars.flush();
        } catch (OptimisticLockException e) {
            throw new ApiException(412, "calendar-changed", name, "?");
        } catch (PersistenceException e) {
            // the unique name index, when two requests race past nameTaken; anything else is a bug
            if (e instanceof ConstraintViolationException c && c.getConstraintName() != null
                    && c.getConstraintName().contains("business_calendar_name")) {
                throw ApiException.conflict("calendar-name-taken", name.strip());
            }
            // SLA policies and clocks refer to the calendar (foreign keys)
            if (e instanceof ConstraintViolationException c && c.getConstraintName() != null
                    && c.getConstraintName().contains("calendar_id_fkey")) {
                throw ApiException.conflict("calendar-in-use", name.strip());
            }
            throw e;
        }
    }
}
