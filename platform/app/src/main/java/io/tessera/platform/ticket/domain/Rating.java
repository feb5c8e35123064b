package io.tessera.platform.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/**
 * A ticket's impact and urgency and the priority the tenant's matrix gives them, kept together so that the
 * priority can never disagree with the other two.
 */
@Embeddable
public class Rating {

    @Column(name = "impact", nullable = false)
    private int impact;
    @Column(name = "urgency", nullable = false)
    private int urgency;
    @Column(name = "priority", nullable = false)
    private int priority;

    protected Rating() {
    }

    public static Rating of(Level impact, Level urgency, PriorityMatrix matrix) {
        Rating r = new Rating();
        r.impact = impact.rank();
        r.urgency = urgency.rank();
        r.priority = matrix.priorityOf(impact, urgency).rank();
        return r;
    }

    public Level impact() {
        return new Level(impact);
    }

    public Level urgency() {
        return new Level(urgency);
    }

    public Priority priority() {
        return new Priority(priority);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rating r && r.impact == impact && r.urgency == urgency && r.priority == priority;
    }

    @Override
    public int hashCode() {
        return Objects.hash(impact, urgency, priority);
    }
}
