package io.tessera.platform.knowledge.application;

import io.tessera.platform.knowledge.domain.Audience;
import io.tessera.platform.knowledge.domain.Codes;
import io.tessera.platform.search.query.SearchText;
import io.tessera.platform.search.query.SynonymSet;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A search over the current tenant's published articles, and what it found. */
public final class ArticleSearchRequest {

    private ArticleSearchRequest() {
    }

    /**
     * @param text     what to look for; empty browses everything the reader may see, newest first
     * @param tags     facet selections: every tag must be present
     * @param category facet selection: the category or one of its sub-categories
     * @param facets   whether to count tags, categories and languages over all matches (visits every match, so
     *                 it costs as much as the match count; only asked for when a UI shows them)
     */
    public record Query(Optional<SearchText> text, Audience.Reader reader, List<String> tags, String category,
                        Codes.Language language, int offset, int limit, List<SynonymSet> synonyms, boolean facets) {
    }

    public record Hit(String number, String title, String summary, String snippet, String titleHighlighted,
                      String language, List<String> tags, Instant publishedAt, float score) {
        public Hit {
            tags = tags == null ? List.of() : List.copyOf(tags);
        }
    }

    public record Facet(String value, String label, long count) {
    }

    /**
     * @param total      the number of matches, exact when {@code totalExact}, otherwise a lower bound (counting
     *                   stops at {@value #EXACT_TOTAL_UP_TO} unless facets are asked for, so Lucene can skip
     *                   matches that cannot reach the page)
     * @param tookMillis the time Lucene took (0 for an answer from the cache)
     * @param cached     whether the answer came from this node's cache of recent answers (the tenant's indexed
     *                   data and synonyms have not changed since it was computed)
     */
    public record Result(long total, boolean totalExact, List<Hit> hits, Map<String, List<Facet>> facets,
                         List<String> synonymsUsed, long tookMillis, boolean cached) {

        /** Immutable: a cached answer is shared by the requests it answers. */
        public Result {
            hits = List.copyOf(hits);
            facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
            synonymsUsed = List.copyOf(synonymsUsed);
        }

        public Result(long total, boolean totalExact, List<Hit> hits, Map<String, List<Facet>> facets,
                      List<String> synonymsUsed, long tookMillis) {
            this(total, totalExact, hits, facets, synonymsUsed, tookMillis, false);
        }

        /** The same answer, as handed out from the cache. */
        public Result fromCache() {
            return new Result(total, totalExact, hits, facets, synonymsUsed, 0, true);
        }
    }

    /** Up to this many matches the total is exact. */
    public static final int EXACT_TOTAL_UP_TO = 1_000;

    public record Suggestion(String number, String title) {
    }
}
