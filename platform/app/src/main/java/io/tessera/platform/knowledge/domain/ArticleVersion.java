package io.tessera.platform.knowledge.domain;

import io.tessera.platform.knowledge.domain.Codes.VersionState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One version of an article's content. Editable only while it is a draft; once published its content never
 * changes (the next edit starts a new version), so the published version stays live while the next is drafted.
 * State changes go through {@link Article}, which keeps the workflow's rules.
 */
@Entity
@Table(name = "kb_article_version")
public class ArticleVersion {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false, updatable = false)
    private Article article;

    @Column(name = "seq", nullable = false, updatable = false)
    private int seq;

    @Column(name = "state", nullable = false, length = 20)
    private String state;

    @Column(name = "title", nullable = false, length = ArticleContent.MAX_TITLE)
    private String title;

    @Column(name = "summary", nullable = false, length = ArticleContent.MAX_SUMMARY)
    private String summary;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "tags", nullable = false)
    private String[] tags;

    @Column(name = "author_id", nullable = false, length = 64)
    private String authorId;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    @Column(name = "reviewer_id", length = 64)
    private String reviewerId;

    @Column(name = "reviewer_name", length = 200)
    private String reviewerName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ArticleVersion() {
    }

    ArticleVersion(Article article, int seq, ArticleContent content, Actor author, Instant now) {
        this.id = UUID.randomUUID();
        this.article = article;
        this.seq = seq;
        this.state = VersionState.DRAFT.code();
        this.createdAt = now;
        write(content, author, now);
    }

    void write(ArticleContent content, Actor author, Instant now) {
        this.title = content.title();
        this.summary = content.summary();
        this.body = content.body().html();
        this.tags = content.tags().toArray(String[]::new);
        this.authorId = author.id();
        this.authorName = author.name();
        this.updatedAt = now;
    }

    void moveTo(VersionState next, Instant now) {
        this.state = next.code();
        this.updatedAt = now;
    }

    void reviewedBy(Actor reviewer) {
        this.reviewerId = reviewer.id();
        this.reviewerName = reviewer.name();
    }

    public UUID id() {
        return id;
    }

    public int seq() {
        return seq;
    }

    public VersionState state() {
        return Codes.fromCode(VersionState.class, state);
    }

    public boolean isWorking() {
        return state() == VersionState.DRAFT || state() == VersionState.IN_REVIEW;
    }

    public ArticleContent content() {
        return new ArticleContent(title, summary, new RichText(body), List.of(tags));
    }

    public Actor author() {
        return new Actor(authorId, authorName);
    }

    public Actor reviewer() {
        return reviewerId == null ? null : new Actor(reviewerId, reviewerName);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
