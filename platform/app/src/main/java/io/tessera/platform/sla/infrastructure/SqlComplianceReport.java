package io.tessera.platform.sla.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Met and breached clocks of the current tenant, per policy, metric, priority, assignment group and month (UTC) of
 * the clock's stop (or of its breach, for breached clocks still running), within {@code [from, to)}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SqlComplianceReport {

    @PersistenceContext(unitName = "tessera")
    EntityManager em;

    public record Row(String policy, String metric, int priority, UUID group, String month, long met, long breached) {
    }

    @SuppressWarnings("unchecked")
    public List<Row> rows(Instant from, Instant to) {
        List<Object[]> rows = em.createNativeQuery("""
                        select policy_name, metric, priority, group_id, to_char(closed_at at time zone 'UTC', 'YYYY-MM') as month,
                               count(*) filter (where state = 'met'), count(*) filter (where state = 'breached')
                        from (select c.*, coalesce(c.stopped_at, c.breached_at) as closed_at from sla_clock c) c
                        where closed_at is not null and closed_at >= ?1 and closed_at < ?2 and state in ('met', 'breached')
                        group by policy_name, metric, priority, group_id, month
                        order by month, policy_name, metric, priority, group_id nulls first""")
                .setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(to))
                .getResultList();
        return rows.stream().map(r -> new Row((String) r[0], (String) r[1], ((Number) r[2]).intValue(), (UUID) r[3],
                (String) r[4], ((Number) r[5]).longValue(), ((Number) r[6]).longValue())).toList();
    }
}
