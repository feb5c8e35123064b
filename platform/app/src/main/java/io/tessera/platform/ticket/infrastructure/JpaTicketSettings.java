package io.tessera.platform.ticket.infrastructure;

import io.tessera.platform.ticket.domain.Level;
import io.tessera.platform.ticket.domain.Priority;
import io.tessera.platform.ticket.domain.PriorityMatrix;
import io.tessera.platform.ticket.domain.TicketPolicy;
import io.tessera.platform.ticket.domain.TicketSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ticket settings in the current tenant's schema: {@code priority_matrix} (nine rows, seeded with the ITIL
 * default by the migration) and {@code ticket_settings} (one row).
 */
@ApplicationScoped
public class JpaTicketSettings implements TicketSettings {

    @PersistenceContext(unitName = "tessera")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public PriorityMatrix priorityMatrix() {
        List<Object[]> rows = em.createNativeQuery("select impact, urgency, priority from priority_matrix")
                .getResultList();
        if (rows.size() != 9) {
            return PriorityMatrix.ITIL_DEFAULT;
        }
        Map<PriorityMatrix.Cell, Priority> cells = new HashMap<>();
        for (Object[] r : rows) {
            cells.put(new PriorityMatrix.Cell(new Level(((Number) r[0]).intValue()), new Level(((Number) r[1]).intValue())),
                    new Priority(((Number) r[2]).intValue()));
        }
        return PriorityMatrix.of(cells);
    }

    @Override
    public void savePriorityMatrix(PriorityMatrix matrix) {
        em.createNativeQuery("delete from priority_matrix").executeUpdate();
        matrix.cells().forEach((cell, priority) -> em.createNativeQuery(
                        "insert into priority_matrix (impact, urgency, priority) values (?1, ?2, ?3)")
                .setParameter(1, cell.impact().rank())
                .setParameter(2, cell.urgency().rank())
                .setParameter(3, priority.rank())
                .executeUpdate());
    }

    @Override
    public TicketPolicy policy() {
        List<?> rows = em.createNativeQuery("select reopen_window_days, max_attachment_bytes from ticket_settings")
                .getResultList();
        if (rows.isEmpty()) {
            return TicketPolicy.DEFAULT;
        }
        Object[] r = (Object[]) rows.get(0);
        return new TicketPolicy(((Number) r[0]).intValue(), ((Number) r[1]).longValue());
    }

    @Override
    public void savePolicy(TicketPolicy policy) {
        em.createNativeQuery("insert into ticket_settings (id, reopen_window_days, max_attachment_bytes) "
                        + "values (true, ?1, ?2) on conflict (id) do update set reopen_window_days = "
                        + "excluded.reopen_window_days, max_attachment_bytes = excluded.max_attachment_bytes")
                .setParameter(1, policy.reopenWindowDays())
                .setParameter(2, policy.maxAttachmentBytes())
                .executeUpdate();
    }
}
