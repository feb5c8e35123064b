package io.tessera.platform.knowledge.domain;

import io.tessera.platform.knowledge.domain.Codes.ArticleStatus;
import io.tessera.platform.knowledge.domain.Codes.Kind;
import io.tessera.platform.knowledge.domain.Codes.Language;
import io.tessera.platform.knowledge.domain.Codes.VersionState;
import io.tessera.platform.search.analysis.TesseraAnalyzers;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A knowledge article of one tenant: the aggregate that owns its versions and their workflow
 * (draft → in review → published → retired). At most one version is being worked on at a time; publishing a
 * version makes it live (the previous live version is retired) and copies its content into the article's live
 * snapshot, which is what search indexes. Readers only ever see the live version.
 */
@Entity
@Table(name = "kb_article")
@Indexed(index = "kb-article")
public class Article {

    @Id
    private UUID id;

    @GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
    @Column(name = "number", nullable = false, updatable = false)
    private long number;

    @KeywordField
    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    private String kind;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(name = "language", nullable = false, length = 10)
    private String language;

    @Column(name = "translation_group", nullable = false)
    private UUID translationGroup;

    @Column(name = "category_id")
    private UUID categoryId;

    /** The category and its ancestors (ids), so filtering by a category includes its sub-categories. */
    @KeywordField(name = "categories", aggregable = Aggregable.YES)
    @Column(name = "category_path", nullable = false)
    private String[] categoryPath = new String[0];

    @Column(name = "audience", nullable = false, length = 20)
    private String audience;

    @Column(name = "audience_groups", nullable = false)
    private String[] audienceGroups = new String[0];

    @Column(name = "related_services", nullable = false)
    private String[] relatedServices = new String[0];

    @KeywordField
    @Column(name = "status", nullable = false, length = 20)
    private String status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "live_version_id")
    private ArticleVersion liveVersion;

    @FullTextField(name = "title_en", analyzer = TesseraAnalyzers.ENGLISH, projectable = Projectable.YES)
    @FullTextField(name = "title_zh", analyzer = TesseraAnalyzers.CHINESE)
    @FullTextField(name = "title_cjk", analyzer = TesseraAnalyzers.CJK_BIGRAM)
    @FullTextField(name = "title_prefix", analyzer = TesseraAnalyzers.PREFIX,
            searchAnalyzer = TesseraAnalyzers.PREFIX_QUERY)
    @Column(name = "live_title", length = ArticleContent.MAX_TITLE)
    private String liveTitle;

    @GenericField(name = "summary_stored", projectable = Projectable.YES, searchable = Searchable.NO)
    @Column(name = "live_summary", length = ArticleContent.MAX_SUMMARY)
    private String liveSummary;

    @Column(name = "live_text")
    private String liveText;

    @KeywordField(name = "tags", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(name = "live_tags", nullable = false)
    private String[] liveTags = new String[0];

    @GenericField(name = "published_at", projectable = Projectable.YES, sortable = Sortable.YES)
    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "source_ref", updatable = false, length = 100)
    private String sourceRef;

    @Column(name = "workaround")
    private String workaround;

    @Column(name = "workaround_audience", length = 20)
    private String workaroundAudience;

    @Column(name = "view_count", nullable = false, insertable = false, updatable = false)
    private long viewCount;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL)
    @OrderBy("seq")
    private List<ArticleVersion> versions = new ArrayList<>();

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL)
    @OrderBy("at")
    private List<VersionTransition> transitions = new ArrayList<>();

    protected Article() {
    }

    /** A new article whose first version is a draft by {@code author}. */
    public static Article draft(ArticleNumber number, Language language, UUID translationGroup,
                                ArticleContent content, Audience audience, Actor author, Instant now) {
        Article a = new Article();
        a.id = UUID.randomUUID();
        a.number = number.value();
        a.kind = Kind.ARTICLE.code();
        a.language = language.code();
        a.translationGroup = translationGroup == null ? a.id : translationGroup;
        a.status = ArticleStatus.DRAFT.code();
        a.createdBy = author.id();
        a.createdAt = now;
        a.updatedAt = now;
        a.restrictTo(audience, now);
        ArticleVersion first = new ArticleVersion(a, 1, content, author, now);
        a.versions.add(first);
        a.record(first, null, VersionState.DRAFT, author, null, now);
        return a;
    }

    /**
     * A known error from problem management, published at once (it was reviewed there). Its workaround is shown to
     * {@code workaroundAudience} only: agents, or everyone who may read the article.
     */
    public static Article knownError(ArticleNumber number, String sourceRef, Language language, ArticleContent content,
                                     String workaround, Audience.Kind workaroundAudience, Audience audience,
                                     Actor publisher, Instant now) {
        Article a = draft(number, language, null, content, audience, publisher, now);
        a.kind = Kind.KNOWN_ERROR.code();
        a.sourceRef = sourceRef;
        a.reviseKnownError(content, workaround, workaroundAudience, publisher, now);
        return a;
    }

    /** A known error's new state from problem management: new content and workaround, published at once. */
    public void reviseKnownError(ArticleContent content, String workaround, Audience.Kind workaroundAudience,
                                 Actor publisher, Instant now) {
        if (kind() != Kind.KNOWN_ERROR) {
            throw new ArticleRuleViolation("not-a-known-error", number());
        }
        if (workaroundAudience == Audience.Kind.GROUPS) {
            throw new ArticleRuleViolation("invalid-workaround-audience");
        }
        ArticleVersion v = workingVersion().orElse(null);
        if (v == null) {
            v = new ArticleVersion(this, versions.size() + 1, content, publisher, now);
            versions.add(v);
            record(v, null, VersionState.DRAFT, publisher, "known error", now);
        } else {
            v.write(content, publisher, now);
        }
        this.workaround = workaround == null || workaround.isBlank() ? null : workaround.strip();
        this.workaroundAudience = this.workaround == null ? null : workaroundAudience.code();
        makeLive(v, publisher, "published from problem management", now);
    }

    /**
     * Edits the content: changes the version being worked on if it is a draft, or starts a new draft version from
     * the live one. A version in review cannot be edited (reject it first).
     */
    public ArticleVersion edit(ArticleContent content, Actor author, Instant now) {
        requireNotRetired();
        Optional<ArticleVersion> working = workingVersion();
        if (working.isPresent()) {
            ArticleVersion v = working.get();
            if (v.state() == VersionState.IN_REVIEW) {
                throw new ArticleRuleViolation("article-in-review", number());
            }
            v.write(content, author, now);
            updatedAt = now;
            return v;
        }
        ArticleVersion next = new ArticleVersion(this, versions.size() + 1, content, author, now);
        versions.add(next);
        record(next, null, VersionState.DRAFT, author, null, now);
        updatedAt = now;
        return next;
    }

    /** Sends the draft to review. */
    public ArticleVersion submitForReview(Actor author, String comment, Instant now) {
        ArticleVersion v = working(VersionState.DRAFT);
        move(v, VersionState.IN_REVIEW, author, comment, now);
        return v;
    }

    /** Sends the version in review back to draft with the reviewer's reasons. */
    public ArticleVersion reject(Actor reviewer, String comment, Instant now) {
        ArticleVersion v = working(VersionState.IN_REVIEW);
        if (comment == null || comment.isBlank()) {
            throw new ArticleRuleViolation("review-comment-required");
        }
        v.reviewedBy(reviewer);
        move(v, VersionState.DRAFT, reviewer, comment, now);
        return v;
    }

    /**
     * Approves and publishes the version in review (four eyes: never by its own author). It becomes the live
     * version; the previous live version is retired.
     */
    public ArticleVersion approve(Actor reviewer, String comment, Instant now) {
        ArticleVersion v = working(VersionState.IN_REVIEW);
        if (v.author().id().equals(reviewer.id())) {
            throw new ArticleRuleViolation("review-by-author", number());
        }
        v.reviewedBy(reviewer);
        makeLive(v, reviewer, comment, now);
        return v;
    }

    /** Withdraws the article: no longer visible to readers or in search. Drafts stay for the record. */
    public void retire(Actor actor, String comment, Instant now) {
        if (status() != ArticleStatus.PUBLISHED) {
            throw new ArticleRuleViolation("article-not-published", number());
        }
        ArticleVersion live = liveVersion;
        move(live, VersionState.RETIRED, actor, comment, now);
        status = ArticleStatus.RETIRED.code();
    }

    /** Who may read the article. */
    public void restrictTo(Audience audience, Instant now) {
        this.audience = audience.kind().code();
        this.audienceGroups = audience.groups().stream().sorted().toArray(String[]::new);
        this.updatedAt = now;
    }

    /** Files the article under a category ({@code path}: the category's id and its ancestors' ids). */
    public void classify(UUID category, List<UUID> path, Instant now) {
        this.categoryId = category;
        this.categoryPath = path.stream().map(UUID::toString).toArray(String[]::new);
        this.updatedAt = now;
    }

    public void relateServices(List<String> services, Instant now) {
        this.relatedServices = services.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().sorted()
                .toArray(String[]::new);
        this.updatedAt = now;
    }

    public void changeLanguage(Language language, Instant now) {
        this.language = language.code();
        this.updatedAt = now;
    }

    /** Makes this article a translation of {@code other} (they share a translation group). */
    public void translationOf(Article other, Instant now) {
        if (other.id.equals(id)) {
            throw new ArticleRuleViolation("translation-of-itself");
        }
        this.translationGroup = other.translationGroup;
        this.updatedAt = now;
    }

    private void makeLive(ArticleVersion v, Actor actor, String comment, Instant now) {
        if (liveVersion != null && liveVersion.state() == VersionState.PUBLISHED) {
            move(liveVersion, VersionState.RETIRED, actor, "superseded by version " + v.seq(), now);
        }
        move(v, VersionState.PUBLISHED, actor, comment, now);
        ArticleContent c = v.content();
        liveVersion = v;
        liveTitle = c.title();
        liveSummary = c.summary();
        liveText = c.body().plainText();
        liveTags = c.tags().toArray(String[]::new);
        publishedAt = now;
        status = ArticleStatus.PUBLISHED.code();
    }

    private ArticleVersion working(VersionState required) {
        ArticleVersion v = workingVersion().orElseThrow(() -> new ArticleRuleViolation("no-working-version", number()));
        if (v.state() != required) {
            throw new ArticleRuleViolation("illegal-version-transition", number(), v.state().code(), required.code());
        }
        return v;
    }

    private void requireNotRetired() {
        if (status() == ArticleStatus.RETIRED) {
            throw new ArticleRuleViolation("article-retired", number());
        }
    }

    private void move(ArticleVersion v, VersionState to, Actor actor, String comment, Instant now) {
        VersionState from = v.state();
        v.moveTo(to, now);
        record(v, from, to, actor, comment, now);
        updatedAt = now;
    }

    private void record(ArticleVersion v, VersionState from, VersionState to, Actor actor, String comment,
                        Instant now) {
        transitions.add(new VersionTransition(this, v, from, to, actor, comment, now));
    }

    // ---- what readers and the index see ------------------------------------------------------------------------

    /** Summary, body text, tags and a public workaround: the text end users can find the article by. */
    @FullTextField(name = "body_en", analyzer = TesseraAnalyzers.ENGLISH, projectable = Projectable.YES)
    @FullTextField(name = "body_zh", analyzer = TesseraAnalyzers.CHINESE)
    @FullTextField(name = "body_cjk", analyzer = TesseraAnalyzers.CJK_BIGRAM)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "liveSummary")),
            @ObjectPath(@PropertyValue(propertyName = "liveText")),
            @ObjectPath(@PropertyValue(propertyName = "liveTags")),
            @ObjectPath(@PropertyValue(propertyName = "workaround")),
            @ObjectPath(@PropertyValue(propertyName = "workaroundAudience"))})
    public String getSearchBody() {
        StringBuilder b = new StringBuilder();
        append(b, liveSummary);
        append(b, liveText);
        if (workaround != null && Audience.Kind.EVERYONE.code().equals(workaroundAudience)) {
            append(b, workaround);
        }
        if (liveTags.length > 0) {
            append(b, String.join(" ", liveTags));
        }
        return b.isEmpty() ? null : b.toString();
    }

    /** Text only agents can find the article by: a known error's agents-only workaround. */
    @FullTextField(name = "internal_en", analyzer = TesseraAnalyzers.ENGLISH)
    @FullTextField(name = "internal_zh", analyzer = TesseraAnalyzers.CHINESE)
    @FullTextField(name = "internal_cjk", analyzer = TesseraAnalyzers.CJK_BIGRAM)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "workaround")),
            @ObjectPath(@PropertyValue(propertyName = "workaroundAudience"))})
    public String getInternalText() {
        return workaround != null && Audience.Kind.AGENTS.code().equals(workaroundAudience) ? workaround : null;
    }

    @KeywordField(name = "audience")
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "audience")),
            @ObjectPath(@PropertyValue(propertyName = "audienceGroups"))})
    public List<String> getAudienceKeys() {
        return audience().keys();
    }

    private static void append(StringBuilder b, String s) {
        if (s != null && !s.isBlank()) {
            if (!b.isEmpty()) {
                b.append('\n');
            }
            b.append(s);
        }
    }

    public boolean readableBy(Audience.Reader reader) {
        return audience().admits(reader) && (reader.agent() || status() == ArticleStatus.PUBLISHED);
    }

    /** Whether {@code reader} may see the known error's workaround. */
    public boolean workaroundVisibleTo(Audience.Reader reader) {
        return workaround != null && (reader.agent() || Audience.Kind.EVERYONE.code().equals(workaroundAudience));
    }

    public UUID id() {
        return id;
    }

    public ArticleNumber number() {
        return new ArticleNumber(number);
    }

    public Kind kind() {
        return Codes.fromCode(Kind.class, kind);
    }

    public Language language() {
        return Codes.fromCode(Language.class, language);
    }

    public UUID translationGroup() {
        return translationGroup;
    }

    public Optional<UUID> categoryId() {
        return Optional.ofNullable(categoryId);
    }

    public Audience audience() {
        return new Audience(Codes.fromCode(Audience.Kind.class, audience), Set.of(audienceGroups));
    }

    public List<String> relatedServices() {
        return List.of(relatedServices);
    }

    public ArticleStatus status() {
        return Codes.fromCode(ArticleStatus.class, status);
    }

    public Optional<ArticleVersion> liveVersion() {
        return Optional.ofNullable(liveVersion);
    }

    public Optional<ArticleVersion> workingVersion() {
        return versions.stream().filter(ArticleVersion::isWorking).findFirst();
    }

    public List<ArticleVersion> versions() {
        return List.copyOf(versions);
    }

    public Optional<ArticleVersion> version(int seq) {
        return versions.stream().filter(v -> v.seq() == seq).findFirst();
    }

    public List<VersionTransition> history() {
        return List.copyOf(transitions);
    }

    public Optional<String> sourceRef() {
        return Optional.ofNullable(sourceRef);
    }

    public Optional<String> workaround() {
        return Optional.ofNullable(workaround);
    }

    public Optional<Audience.Kind> workaroundAudience() {
        return Optional.ofNullable(workaroundAudience).map(c -> Codes.fromCode(Audience.Kind.class, c));
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public long viewCount() {
        return viewCount;
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
