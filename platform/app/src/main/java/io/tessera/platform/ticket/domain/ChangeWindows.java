package io.tessera.platform.ticket.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's change calendar: planned windows of changes, and blackout windows. */
public interface ChangeWindows {

    /**
     * What {@code change}'s planned window collides with: other changes that hold a window (scheduled or
     * implementing) on the same configuration item, and blackout windows. Windows touching end to start do not
     * collide.
     */
    List<TransitionContext.Conflict> collisions(Change change);

    /** Changes with a planned window overlapping [from, to), by start. */
    List<Change> plannedBetween(Instant from, Instant to, int limit);

    void add(BlackoutWindow window);

    void remove(BlackoutWindow window);

    Optional<BlackoutWindow> blackout(UUID id);

    /** Blackout windows overlapping [from, to), by start. */
    List<BlackoutWindow> blackoutsBetween(Instant from, Instant to);
}
