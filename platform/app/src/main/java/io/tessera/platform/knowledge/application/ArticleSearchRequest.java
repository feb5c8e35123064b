package io.tessera.platform.knowledge.application;

import io.tessera.platform.knowledge.domain.Audience;
import io.tessera.platform.knowledge.domain.Codes;
import io.tessera.platform.search.query.SearchText;
import io.tessera.platform.search.query.SynonymSet;

import java.time.Instant;
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
     */
    public record Query(Optional<SearchText> text, Audience.Reader reader, List<String> tags, String category,
                        Codes.Language language, int offset, int limit, List<SynonymSet> synonyms) {
    }

    public record Hit(String number, String title, String summary, String snippet, String titleHighlighted,
                      String language, List<String> tags, Instant publishedAt, float score) {
    }

    public record Facet(String value, String label, long count) {
    }

    public record Result(long total, List<Hit> hits, Map<String, List<Facet>> facets, List<String> synonymsUsed,
                         long tookMillis) {
    }

    public record Suggestion(String number, String title) {
    }
}
