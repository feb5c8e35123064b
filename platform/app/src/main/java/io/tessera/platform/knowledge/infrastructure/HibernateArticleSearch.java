package io.tessera.platform.knowledge.infrastructure;

import io.tessera.platform.knowledge.application.ArticleSearchRequest;
import io.tessera.platform.knowledge.application.ArticleSearchRequest.Facet;
import io.tessera.platform.knowledge.application.ArticleSearchRequest.Hit;
import io.tessera.platform.knowledge.application.ArticleSearchRequest.Query;
import io.tessera.platform.knowledge.application.ArticleSearchRequest.Result;
import io.tessera.platform.knowledge.application.ArticleSearchRequest.Suggestion;
import io.tessera.platform.knowledge.domain.Article;
import io.tessera.platform.knowledge.domain.ArticleNumber;
import io.tessera.platform.knowledge.domain.Codes;
import io.tessera.platform.search.SearchResultCache;
import io.tessera.platform.search.SearchToolkit;
import io.tessera.platform.search.analysis.TesseraAnalyzers;
import io.tessera.platform.search.index.IndexChangesVisible;
import io.tessera.platform.search.query.RelevanceQueryBuilder;
import io.tessera.platform.search.query.SearchFields;
import io.tessera.platform.search.query.SearchText;
import io.tessera.platform.search.query.Tokens;
import io.tessera.platform.tenancy.TenantContext;
import io.tessera.platform.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Article search on Hibernate Search's Lucene backend. The session belongs to the current tenant, so Hibernate
 * Search restricts every query to that tenant's documents; this class adds status and audience filters, facet
 * selections, the relevance query from {@link RelevanceQueryBuilder} and highlighting. Hits are projections from
 * the index (no database round trip).
 */
@ApplicationScoped
public class HibernateArticleSearch {

    private static final AggregationKey<Map<String, Long>> TAGS = AggregationKey.of("tags");
    private static final AggregationKey<Map<String, Long>> CATEGORIES = AggregationKey.of("categories");
    private static final AggregationKey<Map<String, Long>> LANGUAGES = AggregationKey.of("language");
    private static final int SNIPPET = 200;

    @PersistenceContext(unitName = "tessera")
    EntityManager em;
    @PersistenceUnit(unitName = "tessera")
    EntityManagerFactory emf;
    @Inject
    SearchToolkit toolkit;
    @Inject
    SearchResultCache cache;
    @Inject
    TenantContext tenant;

    @Transactional
    public Result search(Query q) {
        RelevanceQueryBuilder.Built built = q.text()
                .map(t -> toolkit.queries().build(t, q.synonyms(),
                        q.reader().agent() ? SearchFields.AGENT_TEXT : SearchFields.PUBLIC_TEXT))
                .orElse(null);
        boolean browse = built == null || built.terms().exact().isEmpty();
        var query = Search.session(em).search(Article.class)
                .select(f -> f.composite().from(
                        f.field("number", Long.class),
                        f.field("title_en", String.class),
                        f.field("summary_stored", String.class),
                        f.field("body_en", String.class),
                        f.field("language", String.class),
                        f.field("tags", String.class).multi(),
                        f.field("published_at", Instant.class),
                        f.score()).asList())
                .where(f -> {
                    BooleanPredicateClausesStep<?> b = visible(f, q);
                    if (!browse) {
                        b.must(f.extension(LuceneExtension.get()).fromLuceneQuery(built.query()));
                    }
                    for (String tag : q.tags()) {
                        b.filter(f.match().field("tags").matching(tag));
                    }
                    if (q.category() != null) {
                        b.filter(f.match().field("categories").matching(q.category()));
                    }
                    if (q.language() != null) {
                        b.filter(f.match().field("language").matching(q.language().code()));
                    }
                    return b;
                })
                // relevance alone (ties in index order), so a secondary key does not stand in the way of Lucene
                // skipping documents that cannot reach the page (whether it skips: docs/benchmarks.md)
                .sort(f -> browse ? f.field("published_at").desc().then().field("number").desc() : f.score())
                .totalHitCountThreshold(ArticleSearchRequest.EXACT_TOTAL_UP_TO);
        // facets visit every match (and force every match to be scored): only when asked for
        SearchResult<List<?>> r = q.facets()
                ? query.aggregation(TAGS, f -> f.terms().field("tags", String.class).maxTermCount(30))
                        .aggregation(CATEGORIES, f -> f.terms().field("categories", String.class).maxTermCount(100))
                        .aggregation(LANGUAGES, f -> f.terms().field("language", String.class))
                        .fetch(q.offset(), q.limit())
                : query.fetch(q.offset(), q.limit());

        List<Hit> hits = new ArrayList<>();
        for (List<?> row : r.hits()) {
            String title = (String) row.get(1);
            String body = (String) row.get(3);
            @SuppressWarnings("unchecked")
            List<String> tags = (List<String>) row.get(5);
            hits.add(new Hit(new ArticleNumber((Long) row.get(0)).toString(), title, (String) row.get(2),
                    browse ? plainSnippet(body) : toolkit.highlighter().highlight(body, built.terms(), SNIPPET),
                    browse ? escape(title) : toolkit.highlighter().highlight(title, built.terms(), 400),
                    (String) row.get(4), tags, (Instant) row.get(6), (Float) row.get(7)));
        }
        Map<String, List<Facet>> facets = new LinkedHashMap<>();
        if (q.facets()) {
            facets.put("tags", facet(r.aggregation(TAGS)));
            facets.put("categories", facet(r.aggregation(CATEGORIES)));
            facets.put("languages", facet(r.aggregation(LANGUAGES)));
        }
        return new Result(r.total().hitCountLowerBound(), r.total().isHitCountExact(), hits, facets,
                built == null ? List.of() : built.synonymsUsed(), r.took().toMillis());
    }

    /**
     * Tells the search result cache that a transaction's index changes are visible, with the article index's
     * version as it is now: answers of the committing tenant are dropped if the article index changed since that
     * tenant's previous notice. Work bound to no tenant drops every tenant's answers.
     */
    void onIndexChanges(@Observes IndexChangesVisible changes) {
        TenantId committing;
        try {
            committing = tenant.current().orElse(null);
        } catch (ContextNotActiveException outsideAUnitOfWork) {
            committing = null;
        }
        cache.indexChangesVisible(committing, indexVersion());
    }

    /**
     * The versions of the article index's readers as they are now (a value; equal as long as nothing in the index
     * changed, though a bare commit or a merge also moves it). Null when the readers are not of the expected kind.
     * Needs neither a transaction nor an entity manager.
     */
    private List<Long> indexVersion() {
        IndexReader reader = Search.mapping(emf).scope(Article.class).extension(LuceneExtension.get())
                .openIndexReader();
        try {
            if (reader instanceof DirectoryReader d) {
                return List.of(d.getVersion());
            }
            List<IndexReaderContext> children = reader.getContext().children();
            List<Long> versions = new ArrayList<>(children == null ? 0 : children.size());
            for (IndexReaderContext child : children == null ? List.<IndexReaderContext>of() : children) {
                if (!(child.reader() instanceof DirectoryReader d)) {
                    return null;
                }
                versions.add(d.getVersion());
            }
            return versions.isEmpty() ? null : versions;
        } finally {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Titles that start like what the reader is typing (every word a prefix of a title word). */
    @Transactional
    public List<Suggestion> suggest(SearchText text, Query visibility, int limit) {
        List<String> prefixes = Tokens.terms(toolkit.analyzer(TesseraAnalyzers.PREFIX_QUERY),
                SearchFields.TITLE_PREFIX, text.value());
        if (prefixes.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        prefixes.stream().distinct().limit(12)
                .forEach(p -> all.add(new TermQuery(new Term(SearchFields.TITLE_PREFIX, p)), Occur.MUST));
        List<List<?>> rows = Search.session(em).search(Article.class)
                .select(f -> f.composite().from(f.field("number", Long.class), f.field("title_en", String.class)).asList())
                .where(f -> visible(f, visibility).must(f.extension(LuceneExtension.get()).fromLuceneQuery(all.build())))
                .sort(f -> f.score().then().field("number").desc())
                .fetchHits(limit);
        return rows.stream().map(r -> new Suggestion(new ArticleNumber((Long) r.get(0)).toString(), (String) r.get(1)))
                .toList();
    }

    private static BooleanPredicateClausesStep<?> visible(SearchPredicateFactory f, Query q) {
        BooleanPredicateClausesStep<?> b = f.bool();
        b.filter(f.match().field("status").matching(Codes.ArticleStatus.PUBLISHED.code()));
        if (!q.reader().unrestricted()) {
            b.filter(f.terms().field("audience").matchingAny(q.reader().audienceKeys()));
        }
        return b;
    }

    private static List<Facet> facet(Map<String, Long> counts) {
        List<Facet> out = new ArrayList<>();
        counts.forEach((k, v) -> out.add(new Facet(k, k, v)));
        return out;
    }

    private static String plainSnippet(String body) {
        if (body == null) {
            return "";
        }
        return escape(body.length() > SNIPPET ? body.substring(0, SNIPPET) + "…" : body);
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
