package io.tessera.platform.knowledge.infrastructure;

import io.tessera.platform.knowledge.domain.Article;
import io.tessera.platform.knowledge.domain.ArticleAttachment;
import io.tessera.platform.knowledge.domain.ArticleNumber;
import io.tessera.platform.knowledge.domain.ArticleRepository;
import io.tessera.platform.knowledge.domain.Codes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Articles in the current tenant's schema. */
@ApplicationScoped
public class JpaArticleRepository implements ArticleRepository {

    @PersistenceContext(unitName = "tessera")
    EntityManager em;

    @Override
    public ArticleNumber nextNumber() {
        Number n = (Number) em.createNativeQuery("select nextval('kb_article_number_seq')").getSingleResult();
        return new ArticleNumber(n.longValue());
    }

    @Override
    public void add(Article article) {
        em.persist(article);
    }

    @Override
    public Optional<Article> find(ArticleNumber number) {
        return em.createQuery("select a from Article a where a.number = :n", Article.class)
                .setParameter("n", number.value()).getResultStream().findFirst();
    }

    @Override
    public Optional<Article> findBySourceRef(String sourceRef) {
        return em.createQuery("select a from Article a where a.sourceRef = :s", Article.class)
                .setParameter("s", sourceRef).getResultStream().findFirst();
    }

    @Override
    public List<Article> translations(UUID translationGroup) {
        return em.createQuery("select a from Article a where a.translationGroup = :g order by a.number", Article.class)
                .setParameter("g", translationGroup).setMaxResults(50).getResultList();
    }

    @Override
    public List<Article> page(Codes.ArticleStatus status, Long before, int limit) {
        StringBuilder jpql = new StringBuilder("select a from Article a where 1 = 1");
        if (status != null) {
            jpql.append(" and a.status = :status");
        }
        if (before != null) {
            jpql.append(" and a.number < :before");
        }
        jpql.append(" order by a.number desc");
        TypedQuery<Article> q = em.createQuery(jpql.toString(), Article.class).setMaxResults(limit);
        if (status != null) {
            q.setParameter("status", status.code());
        }
        if (before != null) {
            q.setParameter("before", before);
        }
        return q.getResultList();
    }

    @Override
    public void countView(UUID article) {
        em.createNativeQuery("update kb_article set view_count = view_count + 1 where id = ?1")
                .setParameter(1, article).executeUpdate();
    }

    @Override
    public long count() {
        return em.createQuery("select count(a) from Article a", Long.class).getSingleResult();
    }

    @Override
    public void addAttachment(ArticleAttachment attachment) {
        em.persist(attachment);
    }

    @Override
    public void removeAttachment(ArticleAttachment attachment) {
        em.remove(em.contains(attachment) ? attachment : em.merge(attachment));
    }

    @Override
    public List<ArticleAttachment> attachments(UUID article) {
        return em.createQuery("select a from ArticleAttachment a where a.articleId = :a order by a.createdAt, a.id",
                ArticleAttachment.class).setParameter("a", article).getResultList();
    }

    @Override
    public Optional<ArticleAttachment> attachment(UUID id) {
        return Optional.ofNullable(em.find(ArticleAttachment.class, id));
    }
}
