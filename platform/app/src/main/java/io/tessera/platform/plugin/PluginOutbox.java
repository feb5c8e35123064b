package io.tessera.platform.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The current tenant's plugin deliveries (table {@code plugin_delivery}). A delivery is claimed with a lease
 * ({@code for update skip locked}), so two workers or two nodes never deliver the same row at once, and a worker
 * that dies mid-delivery only delays it until the lease runs out.
 */
@ApplicationScoped
public class PluginOutbox {

    static final Duration LEASE = Duration.ofMinutes(2);
    static final int MAX_ATTEMPTS = 10;

    @PersistenceContext(unitName = "tessera")
    EntityManager em;

    public record Delivery(UUID id, UUID eventId, String eventType, String pluginId, String payload, int attempts) {
    }

    public record DeliveryRecord(UUID id, UUID eventId, String eventType, String status, int attempts,
                                 String lastError, Instant createdAt, Instant deliveredAt) {
    }

    /** Records a delivery; runs inside the caller's transaction (the one that changed the data). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(UUID eventId, String eventType, String pluginId, String payload, Instant now) {
        em.createNativeQuery("insert into plugin_delivery (id, event_id, event_type, plugin_id, payload, status, "
                        + "attempts, next_attempt_at, created_at) values (?1, ?2, ?3, ?4, cast(?5 as jsonb), 'pending', 0, ?6, ?6)")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, eventId)
                .setParameter(3, eventType)
                .setParameter(4, pluginId)
                .setParameter(5, payload)
                .setParameter(6, Timestamp.from(now))
                .executeUpdate();
    }

    /** Claims up to {@code limit} due deliveries for this worker, oldest first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<Delivery> claimDue(int limit) {
        List<Object[]> rows = em.createNativeQuery("update plugin_delivery set attempts = attempts + 1, "
                        + "next_attempt_at = now() + make_interval(secs => ?1) "
                        + "where id in (select id from plugin_delivery where status = 'pending' and next_attempt_at <= now() "
                        + "order by next_attempt_at limit ?2 for update skip locked) "
                        + "returning id, event_id, event_type, plugin_id, cast(payload as text), attempts")
                .setParameter(1, (double) LEASE.toSeconds())
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(r -> new Delivery((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                (String) r[4], ((Number) r[5]).intValue())).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delivered(UUID id) {
        em.createNativeQuery("update plugin_delivery set status = 'delivered', delivered_at = now(), last_error = null "
                + "where id = ?1").setParameter(1, id).executeUpdate();
    }

    /** Records a failed attempt: retried with exponential back-off, given up after {@link #MAX_ATTEMPTS}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Delivery d, String error) {
        boolean giveUp = d.attempts() >= MAX_ATTEMPTS;
        long backoff = Math.min(3600, 5L << Math.min(d.attempts(), 10));
        em.createNativeQuery("update plugin_delivery set status = ?2, last_error = ?3, "
                        + "next_attempt_at = now() + make_interval(secs => ?4) where id = ?1")
                .setParameter(1, d.id())
                .setParameter(2, giveUp ? "failed" : "pending")
                .setParameter(3, error.length() > 2000 ? error.substring(0, 2000) : error)
                .setParameter(4, (double) backoff)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRED)
    @SuppressWarnings("unchecked")
    public List<DeliveryRecord> recent(String pluginId, int limit) {
        List<Object[]> rows = em.createNativeQuery("select id, event_id, event_type, status, attempts, last_error, "
                        + "created_at, delivered_at from plugin_delivery where plugin_id = ?1 "
                        + "order by created_at desc limit ?2")
                .setParameter(1, pluginId)
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(r -> new DeliveryRecord((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue(), (String) r[5], instant(r[6]), instant(r[7]))).toList();
    }

    private static Instant instant(Object o) {
        return Optional.ofNullable(o).map(v -> v instanceof Instant i ? i
                : v instanceof Timestamp t ? t.toInstant()
                : v instanceof java.time.OffsetDateTime odt ? odt.toInstant() : null).orElse(null);
    }
}
