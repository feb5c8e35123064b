package io.tessera.platform.knowledge.domain;

import io.tessera.platform.ticket.domain.AttachmentRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A file on a knowledge article. Its bytes live in the tenant's attachment store under the attachment's id (never
 * under the client's file name); the row records the sanitised name, type, size and SHA-256 of what was stored.
 * Whoever may read the article may read its attachments.
 */
@Entity
@Table(name = "kb_article_attachment")
public class ArticleAttachment {

    /** Largest file accepted on an article. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    @Id
    private UUID id;
    @Column(name = "article_id", nullable = false, updatable = false)
    private UUID articleId;
    @Column(name = "filename", nullable = false, updatable = false, length = AttachmentRules.MAX_FILENAME)
    private String filename;
    @Column(name = "content_type", nullable = false, updatable = false, length = 100)
    private String contentType;
    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;
    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;
    @Column(name = "uploaded_by_id", nullable = false, updatable = false, length = 64)
    private String uploadedById;
    @Column(name = "uploaded_by_name", nullable = false, updatable = false, length = 200)
    private String uploadedByName;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ArticleAttachment() {
    }

    /** Records a stored file; {@code filename} is sanitised here. */
    public static ArticleAttachment of(UUID id, Article article, String filename, String contentType, long size,
                                       String sha256, Actor by, Instant now) {
        ArticleAttachment a = new ArticleAttachment();
        a.id = id;
        a.articleId = article.id();
        a.filename = AttachmentRules.sanitizeFilename(filename);
        a.contentType = contentType;
        a.size = size;
        a.sha256 = sha256;
        a.uploadedById = by.id();
        a.uploadedByName = by.name();
        a.createdAt = now;
        return a;
    }

    public UUID id() {
        return id;
    }

    public UUID articleId() {
        return articleId;
    }

    public String filename() {
        return filename;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public Actor uploadedBy() {
        return new Actor(uploadedById, uploadedByName);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
