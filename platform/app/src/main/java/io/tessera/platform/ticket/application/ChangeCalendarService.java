package io.tessera.platform.ticket.application;

import io.tessera.platform.ticket.domain.BlackoutWindow;
import io.tessera.platform.ticket.domain.Change;
import io.tessera.platform.ticket.domain.ChangeWindows;
import io.tessera.platform.ticket.domain.TransitionContext;
import io.tessera.platform.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The change calendar of the current tenant: what is planned when, the blackout windows tenant admins set, and
 * the collision check changes run when they are scheduled.
 */
@ApplicationScoped
@Transactional
public class ChangeCalendarService implements TransitionContext.ChangeCalendar {

    static final Duration MAX_RANGE = Duration.ofDays(400);

    @Inject
    ChangeWindows windows;

    /** The calendar between two instants: planned changes and blackout windows. */
    public record Calendar(List<Change> changes, List<BlackoutWindow> blackouts) {
    }

    @Override
    public List<TransitionContext.Conflict> conflictsOf(Change change) {
        return windows.collisions(change);
    }

    public Calendar between(Instant from, Instant to) {
        requireRange(from, to);
        return new Calendar(windows.plannedBetween(from, to, 500), windows.blackoutsBetween(from, to));
    }

    public BlackoutWindow addBlackout(String name, Instant startsAt, Instant endsAt) {
        BlackoutWindow b = BlackoutWindow.of(name, startsAt, endsAt, Instant.now());
        windows.add(b);
        return b;
    }

    public void removeBlackout(UUID id) {
        windows.remove(windows.blackout(id).orElseThrow(() -> ApiException.notFound("blackout-not-found", id)));
    }

    private static void requireRange(Instant from, Instant to) {
        if (from == null || to == null || !to.isAfter(from) || Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw ApiException.badRequest("invalid-range", MAX_RANGE.toDays());
        }
    }
}
