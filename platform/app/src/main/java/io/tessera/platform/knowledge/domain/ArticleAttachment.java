package io.tessera.platform.knowledge.domain;

import io.tessera.platform.attachment.domain.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A file on a knowledge article: the stored file's metadata (its bytes live in the tenant's attachment store under
 * the attachment's id, ADR 0010) and the article it belongs to. Whoever may read the article may read its
 * attachments.
 */
@Entity
@Table(name = "kb_article_attachment")
public class ArticleAttachment extends StoredFile {

    /** Largest file accepted on an article. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    @Column(name = "article_id", nullable = false, updatable = false)
    private UUID articleId;

    protected ArticleAttachment() {
    }

    private ArticleAttachment(UUID id, UUID articleId, String filename, String contentType, long size, String sha256,
                              Actor by, Instant now) {
        super(id, filename, contentType, size, sha256, by.id(), by.name(), now);
        this.articleId = articleId;
    }

    /** Records a stored file; {@code filename} is sanitised here. */
    public static ArticleAttachment of(UUID id, Article article, String filename, String contentType, long size,
                                       String sha256, Actor by, Instant now) {
        return new ArticleAttachment(id, article.id(), filename, contentType, size, sha256, by, now);
    }

    public UUID articleId() {
        return articleId;
    }

    public Actor uploadedBy() {
        return new Actor(uploadedById(), uploadedByName());
    }
}
