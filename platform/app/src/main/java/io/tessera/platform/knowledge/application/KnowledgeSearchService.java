package io.tessera.platform.knowledge.application;

import io.tessera.platform.knowledge.application.ArticleSearchRequest.Facet;
import io.tessera.platform.knowledge.application.ArticleSearchRequest.Query;
import io.tessera.platform.knowledge.application.ArticleSearchRequest.Result;
import io.tessera.platform.knowledge.application.ArticleSearchRequest.Suggestion;
import io.tessera.platform.knowledge.domain.Audience;
import io.tessera.platform.knowledge.domain.Category;
import io.tessera.platform.knowledge.domain.CategoryRepository;
import io.tessera.platform.knowledge.domain.Codes;
import io.tessera.platform.knowledge.infrastructure.HibernateArticleSearch;
import io.tessera.platform.search.SearchResultCache;
import io.tessera.platform.search.query.SearchText;
import io.tessera.platform.search.query.SynonymSet;
import io.tessera.platform.tenancy.TenantContext;
import io.tessera.platform.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Searching the current tenant's knowledge base: full search with facets, suggestions while typing, and the
 * articles that may solve a ticket being written (deflection). Readers only find published articles meant for
 * them; agents also find internal ones. Searches and suggestions people repeat are answered from this node's
 * {@link SearchResultCache} while the tenant's indexed articles and the synonyms are unchanged; such an answer
 * needs no transaction, entity manager or database connection (the index searches open their own transaction).
 */
@ApplicationScoped
public class KnowledgeSearchService {

    public static final int MAX_PAGE_SIZE = 50;
    public static final int MAX_OFFSET = 5_000;
    /** How much of a ticket being written is used to look for articles. */
    public static final int MAX_DEFLECTION_TEXT = 2_000;

    @Inject
    HibernateArticleSearch index;
    @Inject
    SynonymService synonyms;
    @Inject
    CategoryRepository categories;
    @Inject
    SearchResultCache cache;
    @Inject
    TenantContext tenant;

    public record Criteria(String q, List<String> tags, String category, String language, int page, int size,
                           boolean facets) {
    }

    public Result search(Audience.Reader reader, Criteria c) {
        if (c.q() != null && c.q().length() > SearchText.MAX_QUERY) {
            throw ApiException.badRequest("search-query-too-long", SearchText.MAX_QUERY);
        }
        if (c.size() < 1 || c.size() > MAX_PAGE_SIZE || c.page() < 1 || (long) (c.page() - 1) * c.size() > MAX_OFFSET) {
            throw ApiException.badRequest("invalid-paging", MAX_PAGE_SIZE, MAX_OFFSET);
        }
        Codes.Language language = null;
        if (c.language() != null && !c.language().isBlank()) {
            language = Codes.parse(Codes.Language.class, c.language())
                    .orElseThrow(() -> ApiException.badRequest("invalid-language", c.language()));
        }
        String category = null;
        if (c.category() != null && !c.category().isBlank()) {
            try {
                category = UUID.fromString(c.category()).toString();
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("category-not-found", c.category());
            }
        }
        List<String> tags = c.tags() == null ? List.of() : c.tags().stream().filter(t -> t != null && !t.isBlank())
                .map(t -> t.strip().toLowerCase(java.util.Locale.ROOT)).distinct().limit(10).toList();
        Optional<SearchText> text = SearchText.of(c.q());
        List<SynonymSet> sets = text.isPresent() ? synonyms.effective() : List.of();
        Query query = new Query(text, reader, tags, category, language, (c.page() - 1) * c.size(), c.size(), sets,
                c.facets());
        return withCategoryNames(cached("search", query, () -> index.search(query), KnowledgeSearchService::bytes,
                Result::fromCache));
    }

    public List<Suggestion> suggest(Audience.Reader reader, String prefix, int limit) {
        if (prefix != null && prefix.length() > SearchText.MAX_QUERY) {
            throw ApiException.badRequest("search-query-too-long", SearchText.MAX_QUERY);
        }
        int n = Math.max(1, Math.min(limit, 20));
        return SearchText.of(prefix).map(t -> {
            Query visibility = new Query(Optional.of(t), reader, List.of(), null, null, 0, n, List.of(), false);
            return cached("suggest", visibility, () -> index.suggest(t, visibility, n),
                    (List<Suggestion> s) -> s.stream().mapToInt(x -> 64 + 2 * (x.title() == null ? 0
                            : x.title().length())).sum(), UnaryOperator.identity());
        }).orElse(List.of());
    }

    /** Articles that may solve the problem a ticket being written describes, best first. */
    public Result deflect(Audience.Reader reader, String title, String description, int limit) {
        String joined = (title == null ? "" : title) + "\n" + (description == null ? "" : description);
        Optional<SearchText> text = SearchText.of(joined).map(t -> t.truncate(MAX_DEFLECTION_TEXT));
        if (text.isEmpty()) {
            return new Result(0, true, List.of(), Map.of(), List.of(), 0);
        }
        Result r = index.search(new Query(text, reader, List.of(), null, null, 0, Math.max(1, Math.min(limit, 10)),
                synonyms.effective(), false));
        return new Result(r.total(), r.totalExact(), r.hits(), Map.of(), r.synonymsUsed(), r.tookMillis());
    }

    /**
     * What a request is, for the cache: everything the answer depends on, with the reader reduced to what it may
     * see (agents see internal text; audience keys), so readers with the same visibility share answers.
     */
    private record CacheKey(String text, boolean agent, boolean unrestricted, List<String> audience, List<String> tags,
                            String category, Codes.Language language, int offset, int limit, boolean facets) {
    }

    private <T> T cached(String kind, Query q, Supplier<T> search, ToIntFunction<T> bytes, UnaryOperator<T> asHit) {
        Audience.Reader r = q.reader();
        CacheKey key = new CacheKey(q.text().map(SearchText::value).orElse(""), r.agent(), r.unrestricted(),
                r.unrestricted() ? List.of() : r.audienceKeys(), q.tags(), q.category(), q.language(), q.offset(),
                q.limit(), q.facets());
        return cache.get(tenant.require(), kind, key, q.synonyms(), search, bytes, asHit);
    }

    /** A rough size of an answer in memory (UTF-16 strings plus object overhead). */
    private static int bytes(Result r) {
        int size = 256;
        for (var h : r.hits()) {
            size += 200 + 2 * (len(h.title()) + len(h.summary()) + len(h.snippet()) + len(h.titleHighlighted()))
                    + 64 * h.tags().size();
        }
        for (List<Facet> facets : r.facets().values()) {
            size += 96 * facets.size();
        }
        return size;
    }

    private static int len(String s) {
        return s == null ? 0 : s.length();
    }

    private Result withCategoryNames(Result r) {
        List<Facet> cats = r.facets().get("categories");
        if (cats == null || cats.isEmpty()) {
            return r;
        }
        Map<String, String> names = categories.all().stream()
                .collect(Collectors.toMap(x -> x.id().toString(), Category::name, (a, b) -> a));
        List<Facet> named = new ArrayList<>();
        for (Facet f : cats) {
            named.add(new Facet(f.value(), names.getOrDefault(f.value(), f.value()), f.count()));
        }
        Map<String, List<Facet>> facets = new LinkedHashMap<>(r.facets());
        facets.put("categories", named);
        return new Result(r.total(), r.totalExact(), r.hits(), facets, r.synonymsUsed(), r.tookMillis(), r.cached());
    }

}
