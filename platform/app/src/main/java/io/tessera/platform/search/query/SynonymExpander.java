package io.tessera.platform.search.query;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.analysis.Analyzer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Query-time synonym expansion: finds the synonym terms a query contains and returns the other terms of their
 * sets. Latin terms match on whole analysed tokens (so "passwords" finds the set of "password"), terms with CJK
 * characters match as substrings (Chinese has no spaces). Expansion is not transitive: only direct set members.
 */
public final class SynonymExpander {

    /** Most alternatives added to one query, so a long text cannot blow up into thousands of clauses. */
    public static final int MAX_ALTERNATIVES = 24;

    private final Analyzer english;
    /** Analysed synonym terms (a pure function of the term): every query checks every set. */
    private final Cache<String, List<String>> analysed = Caffeine.newBuilder().maximumSize(20_000).build();

    public SynonymExpander(Analyzer english) {
        this.english = english;
    }

    /** The alternatives to {@code query} from {@code sets}, in a stable order, without terms the query has. */
    public List<String> alternatives(SearchText query, List<SynonymSet> sets) {
        String lower = query.value().toLowerCase(Locale.ROOT);
        List<String> queryTokens = Tokens.terms(english, "q", lower);
        Set<String> out = new LinkedHashSet<>();
        for (SynonymSet set : sets) {
            List<String> present = new ArrayList<>();
            for (String term : set.terms()) {
                if (contains(lower, queryTokens, term)) {
                    present.add(term);
                }
            }
            if (!present.isEmpty()) {
                for (String term : set.terms()) {
                    if (!present.contains(term)) {
                        out.add(term);
                    }
                }
            }
            if (out.size() >= MAX_ALTERNATIVES) {
                break;
            }
        }
        List<String> list = new ArrayList<>(out);
        return list.size() > MAX_ALTERNATIVES ? list.subList(0, MAX_ALTERNATIVES) : list;
    }

    private boolean contains(String lowerQuery, List<String> queryTokens, String term) {
        if (term.codePoints().anyMatch(SearchText::isCjk)) {
            return lowerQuery.contains(term);
        }
        List<String> termTokens = analysed.get(term, t -> List.copyOf(Tokens.terms(english, "q", t)));
        if (termTokens.isEmpty()) {
            return false;
        }
        return Collections.indexOfSubList(queryTokens, termTokens) >= 0;
    }
}
