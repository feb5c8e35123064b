package io.tessera.platform.knowledge.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's articles. */
public interface ArticleRepository {

    ArticleNumber nextNumber();

    void add(Article article);

    Optional<Article> find(ArticleNumber number);

    Optional<Article> findBySourceRef(String sourceRef);

    /** Articles of a translation group (the article itself included), by number. */
    List<Article> translations(UUID translationGroup);

    /**
     * Newest first, keyset-paginated by number: at most {@code limit} articles numbered below {@code before}
     * (null: from the newest), with status {@code status} unless it is null.
     */
    List<Article> page(Codes.ArticleStatus status, Long before, int limit);

    /** Counts a view without touching the article's version (no optimistic-lock conflicts, no reindex). */
    void countView(UUID article);

    long count();

    void addAttachment(ArticleAttachment attachment);

    void removeAttachment(ArticleAttachment attachment);

    /** An article's attachments, oldest first. */
    List<ArticleAttachment> attachments(UUID article);

    Optional<ArticleAttachment> attachment(UUID id);
}
