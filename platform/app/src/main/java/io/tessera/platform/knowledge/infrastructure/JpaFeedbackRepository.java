package io.tessera.platform.knowledge.infrastructure;

import io.tessera.platform.knowledge.domain.FeedbackRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Feedback tables of the current tenant's schema, written with plain SQL (upserts, aggregates). */
@ApplicationScoped
public class JpaFeedbackRepository implements FeedbackRepository {

    @PersistenceContext(unitName = "tessera")
    EntityManager em;

    @Override
    public void vote(UUID article, String userId, boolean helpful, Instant at) {
        em.createNativeQuery("insert into kb_feedback (article_id, user_id, helpful, at) values (?1, ?2, ?3, ?4) "
                        + "on conflict (article_id, user_id) do update set helpful = excluded.helpful, at = excluded.at")
                .setParameter(1, article).setParameter(2, userId).setParameter(3, helpful).setParameter(4, at)
                .executeUpdate();
    }

    @Override
    public void flagOutdated(UUID article, String userId, String comment, Instant at) {
        em.createNativeQuery("insert into kb_outdated_flag (id, article_id, user_id, comment, at) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, article).setParameter(3, userId)
                .setParameter(4, comment == null ? "" : comment.strip()).setParameter(5, at).executeUpdate();
    }

    @Override
    public int resolveFlags(UUID article, Instant at) {
        return em.createNativeQuery("update kb_outdated_flag set resolved_at = ?2 where article_id = ?1 and resolved_at is null")
                .setParameter(1, article).setParameter(2, at).executeUpdate();
    }

    @Override
    public Tally tally(UUID article) {
        Object[] r = (Object[]) em.createNativeQuery("select "
                        + "(select count(*) from kb_feedback where article_id = ?1 and helpful), "
                        + "(select count(*) from kb_feedback where article_id = ?1 and not helpful), "
                        + "(select count(*) from kb_outdated_flag where article_id = ?1 and resolved_at is null)")
                .setParameter(1, article).getSingleResult();
        return new Tally(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ReportRow> poorFeedback(int minVotes, double maxHelpfulRatio, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        with f as (
                            select article_id, count(*) filter (where helpful) as yes,
                                   count(*) filter (where not helpful) as no
                            from kb_feedback group by article_id),
                        o as (
                            select article_id, count(*) as flags from kb_outdated_flag
                            where resolved_at is null group by article_id)
                        select a.id, a.number, coalesce(a.live_title, ''), a.status, a.view_count,
                               coalesce(f.yes, 0), coalesce(f.no, 0), coalesce(o.flags, 0)
                        from kb_article a
                        left join f on f.article_id = a.id
                        left join o on o.article_id = a.id
                        where coalesce(o.flags, 0) > 0
                           or (coalesce(f.yes, 0) + coalesce(f.no, 0) >= ?1
                               and coalesce(f.yes, 0) <= ?2 * (coalesce(f.yes, 0) + coalesce(f.no, 0)))
                        order by coalesce(o.flags, 0) desc,
                                 coalesce(f.yes, 0)::float / greatest(coalesce(f.yes, 0) + coalesce(f.no, 0), 1),
                                 coalesce(f.no, 0) desc, a.number
                        """)
                .setParameter(1, minVotes).setParameter(2, maxHelpfulRatio).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new ReportRow((UUID) r[0], ((Number) r[1]).longValue(), (String) r[2],
                (String) r[3], ((Number) r[4]).longValue(), ((Number) r[5]).longValue(), ((Number) r[6]).longValue(),
                ((Number) r[7]).longValue())).toList();
    }
}
