package io.tessera.platform.sla.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The current tenant's SLA timers (table {@code sla_timer}): one row per clock and threshold, so a threshold can
 * fire at most once. Due rows are claimed with {@code for update skip locked} inside the transaction that fires them
 * and marks them fired: two sweepers (two nodes) never claim the same row, and a crash before the commit leaves the
 * row unfired for the next sweep.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SqlSlaTimers {

    @PersistenceContext(unitName = "tessera")
    EntityManager em;

    public record Due(UUID id, UUID clockId, int percent, Instant dueAt) {
    }

    public record Fired(UUID timerId, String metric, int percent, String kind, String actions, Instant firedAt) {
    }

    /** Sets the due instants of the clock's unfired timers (null: not due while paused); adds missing timers. */
    public void schedule(UUID clockId, Map<Integer, Instant> dueByPercent) {
        timerSql("delete from sla_timer where clock_id = ?1 and fired_at is null")
                .setParameter(1, clockId).executeUpdate();
        if (dueByPercent.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into sla_timer (id, clock_id, percent, due_at) values ");
        int p = 1;
        for (int i = 0; i < dueByPercent.size(); i++, p += 4) {
            sql.append(i == 0 ? "" : ", ").append("(?").append(p).append(", ?").append(p + 1).append(", ?")
                    .append(p + 2).append(", ?").append(p + 3).append(')');
        }
        NativeQuery<?> insert = timerSql(sql.append(" on conflict (clock_id, percent) do nothing").toString());
        p = 1;
        for (var e : dueByPercent.entrySet()) {
            insert.setParameter(p, UUID.randomUUID()).setParameter(p + 1, clockId)
                    .setParameter(p + 2, e.getKey().shortValue())
                    .setParameter(p + 3, e.getValue(), StandardBasicTypes.INSTANT);
            p += 4;
        }
        insert.executeUpdate();
    }

    /**
     * A statement on the timer table only. No entity is mapped to it, so Hibernate need not flush the persistence
     * context before it (by default a native statement flushes everything, every time: ten flushes per new ticket).
     * The clock a timer refers to is flushed by the caller first.
     */
    private NativeQuery<?> timerSql(String sql) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class).addSynchronizedQuerySpace("sla_timer");
    }

    /** Drops the clock's unfired timers (the clock stopped). */
    public void cancel(UUID clockId) {
        timerSql("delete from sla_timer where clock_id = ?1 and fired_at is null")
                .setParameter(1, clockId).executeUpdate();
    }

    /** Locks up to {@code limit} due, unfired timers that no other transaction holds, earliest first. */
    @SuppressWarnings("unchecked")
    public List<Due> claimDue(int limit) {
        List<Object[]> rows = em.createNativeQuery("select id, clock_id, percent, due_at from sla_timer "
                        + "where fired_at is null and due_at <= now() order by due_at limit ?1 for update skip locked")
                .setParameter(1, limit).getResultList();
        return rows.stream().map(r -> new Due((UUID) r[0], (UUID) r[1], ((Number) r[2]).intValue(), instant(r[3])))
                .toList();
    }

    public void reschedule(UUID timerId, Instant dueAt) {
        timerSql("update sla_timer set due_at = ?2 where id = ?1")
                .setParameter(2, dueAt, StandardBasicTypes.INSTANT).setParameter(1, timerId).executeUpdate();
    }

    /** Marks the timer fired and records what fired; the unique timer id makes a second record impossible. */
    public void fired(Due timer, UUID ticketId, String metric, String kind, String actions, Instant at) {
        em.createNativeQuery("update sla_timer set fired_at = ?2 where id = ?1 and fired_at is null")
                .setParameter(1, timer.id()).setParameter(2, Timestamp.from(at)).executeUpdate();
        em.createNativeQuery("insert into sla_firing (id, timer_id, clock_id, ticket_id, metric, percent, kind, "
                        + "actions, fired_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, timer.id())
                .setParameter(3, timer.clockId())
                .setParameter(4, ticketId)
                .setParameter(5, metric)
                .setParameter(6, (short) timer.percent())
                .setParameter(7, kind)
                .setParameter(8, actions)
                .setParameter(9, Timestamp.from(at))
                .executeUpdate();
    }

    /** What fired for a ticket's clocks, in order. */
    @SuppressWarnings("unchecked")
    public List<Fired> firings(UUID ticketId) {
        List<Object[]> rows = em.createNativeQuery("select timer_id, metric, percent, kind, actions, fired_at "
                + "from sla_firing where ticket_id = ?1 order by fired_at, percent").setParameter(1, ticketId)
                .getResultList();
        return rows.stream().map(r -> new Fired((UUID) r[0], (String) r[1], ((Number) r[2]).intValue(),
                (String) r[3], (String) r[4], instant(r[5]))).toList();
    }

    /** The timers of a ticket's clocks: clock id to percent to due instant (null: not due while paused). */
    @SuppressWarnings("unchecked")
    public List<Object[]> pending(UUID clockId) {
        return em.createNativeQuery("select percent, due_at from sla_timer where clock_id = ?1 and fired_at is null "
                + "order by percent").setParameter(1, clockId).getResultList();
    }

    static Instant instant(Object o) {
        return o == null ? null : o instanceof Instant i ? i : o instanceof Timestamp t ? t.toInstant()
                : o instanceof OffsetDateTime odt ? odt.toInstant() : null;
    }
}
