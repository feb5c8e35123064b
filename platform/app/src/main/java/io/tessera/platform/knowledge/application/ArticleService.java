package io.tessera.platform.knowledge.application;

import io.tessera.platform.group.application.GroupDirectory;
import io.tessera.platform.knowledge.domain.Actor;
import io.tessera.platform.knowledge.domain.Article;
import io.tessera.platform.knowledge.domain.ArticleContent;
import io.tessera.platform.knowledge.domain.ArticleNumber;
import io.tessera.platform.knowledge.domain.ArticleRepository;
import io.tessera.platform.knowledge.domain.ArticleVersion;
import io.tessera.platform.knowledge.domain.Audience;
import io.tessera.platform.knowledge.domain.Category;
import io.tessera.platform.knowledge.domain.CategoryRepository;
import io.tessera.platform.knowledge.domain.Codes;
import io.tessera.platform.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Authoring and reading articles of the current tenant; one transaction per public method. Authoring is for agents
 * (checked at the edge); reading applies the audience rules: readers who may not see an article get a 404, as if
 * it did not exist.
 */
@ApplicationScoped
@Transactional
public class ArticleService {

    @Inject
    ArticleRepository articles;
    @Inject
    CategoryRepository categories;
    @Inject
    GroupDirectory groups;

    public record Page(List<Article> items, Long next) {
    }

    public Article create(ArticleCommands.Create cmd, Actor author, Audience.Reader reader) {
        Instant now = Instant.now();
        Article translated = cmd.translationOf() == null ? null : require(cmd.translationOf(), reader);
        Article a = Article.draft(articles.nextNumber(), cmd.language(),
                translated == null ? null : translated.translationGroup(), cmd.content(), resolved(cmd.audience()), author, now);
        if (cmd.category() != null) {
            Category c = category(cmd.category());
            a.classify(c.id(), categories.path(c), now);
        }
        if (cmd.relatedServices() != null) {
            a.relateServices(cmd.relatedServices(), now);
        }
        articles.add(a);
        return a;
    }

    public ArticleVersion edit(ArticleNumber number, ArticleContent content, Actor author, Audience.Reader reader) {
        return require(number, reader).edit(content, author, Instant.now());
    }

    public Article classify(ArticleNumber number, ArticleCommands.Classify cmd, Audience.Reader reader) {
        Article a = require(number, reader);
        Instant now = Instant.now();
        if (cmd.language() != null) {
            a.changeLanguage(cmd.language(), now);
        }
        if (cmd.audience() != null) {
            a.restrictTo(resolved(cmd.audience()), now);
        }
        if (cmd.clearCategory()) {
            a.classify(null, List.of(), now);
        } else if (cmd.category() != null) {
            Category c = category(cmd.category());
            a.classify(c.id(), categories.path(c), now);
        }
        if (cmd.relatedServices() != null) {
            a.relateServices(cmd.relatedServices(), now);
        }
        if (cmd.translationOf() != null) {
            a.translationOf(require(cmd.translationOf(), reader), now);
        }
        return loaded(a);
    }

    public ArticleVersion submit(ArticleNumber number, Actor actor, Audience.Reader reader, String comment) {
        return require(number, reader).submitForReview(actor, comment, Instant.now());
    }

    public ArticleVersion approve(ArticleNumber number, Actor reviewer, Audience.Reader reader, String comment) {
        return require(number, reader).approve(reviewer, comment, Instant.now());
    }

    public ArticleVersion reject(ArticleNumber number, Actor reviewer, Audience.Reader reader, String comment) {
        return require(number, reader).reject(reviewer, comment, Instant.now());
    }

    public Article retire(ArticleNumber number, Actor actor, Audience.Reader reader, String comment) {
        Article a = require(number, reader);
        a.retire(actor, comment, Instant.now());
        return loaded(a);
    }

    /** Creates or revises the article of a known error (keyed by the problem's reference), published at once. */
    public Article publishKnownError(ArticleCommands.PublishKnownError cmd, Actor publisher) {
        Instant now = Instant.now();
        return articles.findBySourceRef(cmd.sourceRef()).map(a -> {
            a.reviseKnownError(cmd.content(), cmd.workaround(), cmd.workaroundAudience(), publisher, now);
            a.restrictTo(resolved(cmd.audience()), now);
            return loaded(a);
        }).orElseGet(() -> {
            Article a = Article.knownError(articles.nextNumber(), cmd.sourceRef(), cmd.language(), cmd.content(),
                    cmd.workaround(), cmd.workaroundAudience(), resolved(cmd.audience()), publisher, now);
            articles.add(a);
            return a;
        });
    }

    /** An article the reader may see; counts a view when an end user reads it. */
    public Article read(ArticleNumber number, Audience.Reader reader) {
        Article a = articles.find(number).filter(x -> x.readableBy(reader))
                .orElseThrow(() -> ApiException.notFound("article-not-found", number.toString()));
        if (!reader.agent()) {
            articles.countView(a.id());
        }
        return loaded(a);
    }

    /** The translations of an article that the reader may see (the article itself excluded). */
    public List<Article> translations(Article article, Audience.Reader reader) {
        return articles.translations(article.translationGroup()).stream()
                .filter(t -> !t.id().equals(article.id()) && t.readableBy(reader)).map(ArticleService::loaded).toList();
    }

    /** Newest first; end users only get published articles meant for them. */
    public Page list(Audience.Reader reader, Codes.ArticleStatus status, Long before, int limit) {
        Codes.ArticleStatus s = reader.agent() ? status : Codes.ArticleStatus.PUBLISHED;
        List<Article> out = new java.util.ArrayList<>();
        Long cursor = before;
        // end users skip articles outside their audience: read ahead in chunks until the page is full
        for (int round = 0; round < 10 && out.size() <= limit; round++) {
            List<Article> rows = articles.page(s, cursor, (limit + 1) * 2);
            for (Article a : rows) {
                if (a.readableBy(reader) && out.size() <= limit) {
                    out.add(a);
                }
            }
            if (rows.size() < (limit + 1) * 2) {
                break;
            }
            cursor = rows.get(rows.size() - 1).number().value();
        }
        List<Article> items = out.size() > limit ? out.subList(0, limit) : out;
        items.forEach(ArticleService::loaded);
        Long next = out.size() > limit ? items.get(items.size() - 1).number().value() : null;
        return new Page(List.copyOf(items), next);
    }

    public Category createCategory(String name, UUID parent) {
        Category p = parent == null ? null : category(parent);
        if (p != null && categories.path(p).size() >= Category.MAX_DEPTH) {
            throw ApiException.badRequest("category-too-deep", Category.MAX_DEPTH);
        }
        Category c = Category.create(name, p, Instant.now());
        if (categories.all().stream().anyMatch(x -> x.parentId().equals(c.parentId())
                && x.name().equalsIgnoreCase(c.name()))) {
            throw ApiException.conflict("category-exists", c.name());
        }
        categories.add(c);
        return c;
    }

    public List<Category> categories() {
        return categories.all();
    }

    /**
     * Loads what the edge shows of an article (live version, versions, history) while the transaction is open;
     * versions first, so the history's version references resolve to loaded versions.
     */
    private static Article loaded(Article a) {
        a.liveVersion().ifPresent(ArticleVersion::content);
        a.versions().forEach(ArticleVersion::seq);
        a.history().forEach(t -> t.versionId());
        return a;
    }

    /**
     * An audience of named groups refers to the tenant's assignment groups, by id or by name; it is stored by id
     * (so renaming a group keeps the restriction). An unknown group is a 400.
     */
    private Audience resolved(Audience audience) {
        if (audience.kind() != Audience.Kind.GROUPS) {
            return audience;
        }
        java.util.Set<String> ids = new java.util.TreeSet<>();
        for (String g : audience.groups()) {
            Optional<GroupDirectory.GroupRef> ref;
            try {
                ref = groups.find(UUID.fromString(g));
            } catch (IllegalArgumentException notAnId) {
                ref = groups.findByName(g);
            }
            ids.add(ref.orElseThrow(() -> ApiException.badRequest("audience-group-not-found", g)).id().toString());
        }
        return new Audience(Audience.Kind.GROUPS, ids);
    }

    /** An article the reader may see (writers too: outside its audience it does not exist for them). */
    Article require(ArticleNumber number, Audience.Reader reader) {
        return articles.find(number).filter(a -> a.readableBy(reader)).orElseThrow(() -> ApiException.notFound("article-not-found", number.toString()));
    }

    private Category category(UUID id) {
        return categories.find(id).orElseThrow(() -> ApiException.badRequest("category-not-found", id.toString()));
    }
}
