package io.tessera.platform.ticket.domain;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a tenant derives priority from impact × urgency. Every one of the nine combinations has a priority. The
 * ITIL default: high × high is P1, each step down in either one priority lower, low × low is P5.
 */
public final class PriorityMatrix {

    public static final PriorityMatrix ITIL_DEFAULT = itilDefault();

    /** priorities[impact rank - 1][urgency rank - 1]. */
    private final int[][] priorities;

    private PriorityMatrix(int[][] priorities) {
        this.priorities = priorities;
    }

    private static PriorityMatrix itilDefault() {
        int[][] p = new int[3][3];
        for (int i = 0; i < 3; i++) {
            for (int u = 0; u < 3; u++) {
                p[i][u] = i + u + 1;
            }
        }
        return new PriorityMatrix(p);
    }

    /**
     * A matrix from its cells.
     *
     * @throws IllegalArgumentException when a combination is missing
     */
    public static PriorityMatrix of(Map<Cell, Priority> cells) {
        int[][] p = new int[3][3];
        for (int i = 1; i <= 3; i++) {
            for (int u = 1; u <= 3; u++) {
                Priority priority = cells.get(new Cell(new Level(i), new Level(u)));
                if (priority == null) {
                    throw new IllegalArgumentException("missing priority for impact " + new Level(i)
                            + " and urgency " + new Level(u));
                }
                p[i - 1][u - 1] = priority.rank();
            }
        }
        return new PriorityMatrix(p);
    }

    /** One combination of impact and urgency. */
    public record Cell(Level impact, Level urgency) {
    }

    public Priority priorityOf(Level impact, Level urgency) {
        return new Priority(priorities[impact.rank() - 1][urgency.rank() - 1]);
    }

    /** All nine cells, high impact first, then by urgency. */
    public Map<Cell, Priority> cells() {
        Map<Cell, Priority> cells = new LinkedHashMap<>();
        for (int i = 1; i <= 3; i++) {
            for (int u = 1; u <= 3; u++) {
                cells.put(new Cell(new Level(i), new Level(u)), new Priority(priorities[i - 1][u - 1]));
            }
        }
        return cells;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PriorityMatrix m && Arrays.deepEquals(m.priorities, priorities);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(priorities);
    }
}
