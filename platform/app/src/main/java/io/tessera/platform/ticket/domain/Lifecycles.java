package io.tessera.platform.ticket.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of lifecycles by stable code: {@code incident}, {@code request}, {@code problem}, {@code task},
 * and one per change model ({@code change.standard}, {@code change.normal}, {@code change.emergency}).
 */
public final class Lifecycles {

    private static final Map<String, Lifecycle<?>> BY_CODE = new LinkedHashMap<>();

    static {
        for (Lifecycle<?> l : new Lifecycle<?>[]{Incident.LIFECYCLE, ServiceRequest.LIFECYCLE, Problem.LIFECYCLE,
                Change.STANDARD, Change.NORMAL, Change.EMERGENCY, Task.LIFECYCLE}) {
            if (BY_CODE.put(l.code(), l) != null) {
                throw new IllegalStateException("duplicate lifecycle " + l.code());
            }
        }
    }

    private Lifecycles() {
    }

    public static Optional<Lifecycle<?>> byCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** @throws IllegalStateException for an unregistered code (corrupt data, never user input) */
    public static Lifecycle<?> require(String code) {
        return byCode(code).orElseThrow(() -> new IllegalStateException("unknown lifecycle " + code));
    }

    public static Collection<Lifecycle<?>> all() {
        return BY_CODE.values();
    }
}
