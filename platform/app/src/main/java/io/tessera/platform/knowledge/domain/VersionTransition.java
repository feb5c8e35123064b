package io.tessera.platform.knowledge.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One step of an article version through the workflow, kept as history (who, when, from, to, why). */
@Entity
@Table(name = "kb_version_transition")
public class VersionTransition {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false, updatable = false)
    private Article article;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", nullable = false, updatable = false)
    private ArticleVersion articleVersion;

    @Column(name = "from_state", updatable = false, length = 20)
    private String fromState;

    @Column(name = "to_state", nullable = false, updatable = false, length = 20)
    private String toState;

    @Column(name = "actor_id", nullable = false, updatable = false, length = 64)
    private String actorId;

    @Column(name = "actor_name", nullable = false, updatable = false, length = 200)
    private String actorName;

    @Column(name = "comment", updatable = false, length = 2000)
    private String comment;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    protected VersionTransition() {
    }

    VersionTransition(Article article, ArticleVersion version, Codes.VersionState from, Codes.VersionState to,
                      Actor actor, String comment, Instant at) {
        this.id = UUID.randomUUID();
        this.article = article;
        this.articleVersion = version;
        this.fromState = from == null ? null : from.code();
        this.toState = to.code();
        this.actorId = actor.id();
        this.actorName = actor.name();
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.at = at;
    }

    public UUID versionId() {
        return articleVersion.id();
    }

    public String fromState() {
        return fromState;
    }

    public String toState() {
        return toState;
    }

    public Actor actor() {
        return new Actor(actorId, actorName);
    }

    public String comment() {
        return comment;
    }

    public Instant at() {
        return at;
    }
}
