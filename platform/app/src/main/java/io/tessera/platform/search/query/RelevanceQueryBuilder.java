package io.tessera.platform.search.query;

import io.tessera.platform.search.query.SearchFields.Analysis;
import io.tessera.platform.search.query.SearchFields.Group;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the relevance part of a search from user text, as a Lucene query made of analysed terms only: the text is
 * never parsed as query syntax, so {@code *}, quotes or {@code AND(} cannot break it. The query is a disjunction
 * (recall first, BM25 decides the order) of, per analyzer a text's scripts need (English, SmartChinese, CJK
 * bigrams; see {@link Scripts}):
 * <ul>
 *   <li>each query term in each field group, summed (title weighs most), as flat clauses so block-max WAND can
 *   skip documents that cannot reach the page;</li>
 *   <li>the whole query as a phrase (slop 2; exact for bigrams), a strong boost when words appear together;</li>
 *   <li>fuzzy variants of longer Latin words (edit distance 1 from 5 letters, 2 from 8), weakly weighted;</li>
 *   <li>the query's synonyms (built-in and the tenant's), each alternative with all its terms, weakly weighted
 *   (one-word alternatives as flat clauses too).</li>
 * </ul>
 * Filters (tenant, status, audience, facets) are added by the caller. Thread-safe.
 */
public final class RelevanceQueryBuilder {

    /** Most distinct terms taken from a text per analyzer (long ticket descriptions). */
    public static final int MAX_TERMS = 24;
    private static final int MAX_SYNONYM_ALTERNATIVES = 12;
    private static final int MAX_SYNONYM_TERMS = 4;
    private static final int MAX_FUZZY_TERMS = 4;
    private static final int FUZZY_EXPANSIONS = 10;
    private static final float PHRASE_BOOST = 1.5f;
    private static final float FUZZY_WEIGHT = 0.3f;
    private static final float SYNONYM_WEIGHT = 0.5f;
    private static final float TIE_BREAKER = 0.1f;

    private final Map<Analysis, Analyzer> analyzers = new EnumMap<>(Analysis.class);
    private final Map<Analysis, QueryBuilder> phraseBuilders = new EnumMap<>(Analysis.class);
    private final SynonymExpander synonyms;

    /** @param analyzersByName the analyzers of {@link io.tessera.platform.search.analysis.TesseraAnalyzers} */
    public RelevanceQueryBuilder(Map<String, Analyzer> analyzersByName) {
        for (Analysis a : Analysis.values()) {
            Analyzer analyzer = analyzersByName.get(a.analyzer());
            analyzers.put(a, analyzer);
            phraseBuilders.put(a, new QueryBuilder(analyzer));
        }
        synonyms = new SynonymExpander(analyzers.get(Analysis.ENGLISH));
    }

    /** The terms a query looks for, per analyzer, for highlighting what matched. */
    public record MatchTerms(Map<Analysis, Set<String>> exact, Set<String> fuzzy) {
    }

    /** A relevance query and the terms it looks for. */
    public record Built(Query query, MatchTerms terms, List<String> synonymsUsed) {
    }

    public Built build(SearchText text, List<SynonymSet> synonymSets, List<Group> groups) {
        Map<Analysis, Set<String>> exact = new EnumMap<>(Analysis.class);
        Set<String> fuzzy = new LinkedHashSet<>();
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        int clauses = 0;

        Scripts scripts = Scripts.of(text.value());
        for (Analysis a : Analysis.values()) {
            float weight = scripts.weight(a);
            if (weight == 0) {
                continue;
            }
            List<String> terms = distinct(Tokens.terms(analyzers.get(a), a.field(SearchFields.BODY), text.value()));
            if (a == Analysis.CHINESE) {
                // SmartChinese splits mixed letters and digits ("abc3f2") into single characters that match everywhere
                terms = terms.stream().filter(t -> t.length() > 1 || !Character.isLetterOrDigit(t.charAt(0))
                        || SearchText.isCjk(t.charAt(0))).toList();
            }
            if (terms.isEmpty()) {
                continue;
            }
            exact.computeIfAbsent(a, k -> new LinkedHashSet<>()).addAll(terms);
            // one flat disjunction of (term, field) clauses, each with its boosts: block-max WAND can then skip
            // documents that match only where a term counts little (a body-only match when the 10th best hit has
            // it in the title); a DisjunctionMaxQuery per term hides its fields behind one upper bound per block
            for (String term : terms) {
                for (Group g : groups) {
                    root.add(new BoostQuery(new TermQuery(new Term(a.field(g.name()), term)), g.boost() * weight),
                            Occur.SHOULD);
                    clauses++;
                }
            }
            if (terms.size() > 1 && (a != Analysis.CJK_BIGRAM || text.containsCjk())) {
                for (Group g : groups) {
                    Query phrase = phraseBuilders.get(a).createPhraseQuery(a.field(g.name()), text.value(),
                            a == Analysis.CJK_BIGRAM ? 0 : 2);
                    if (phrase != null) {
                        root.add(new BoostQuery(phrase, PHRASE_BOOST * g.boost() * scripts.phraseWeight(a)),
                                Occur.SHOULD);
                        clauses++;
                    }
                }
            }
            if (a == Analysis.ENGLISH) {
                int n = 0;
                for (String term : terms) {
                    int edits = fuzzyEdits(term);
                    if (edits > 0 && n++ < MAX_FUZZY_TERMS) {
                        fuzzy.add(term);
                        List<Query> perField = new ArrayList<>();
                        for (Group g : groups) {
                            perField.add(new BoostQuery(new FuzzyQuery(new Term(a.field(g.name()), term), edits, 1,
                                    FUZZY_EXPANSIONS, true), g.boost()));
                        }
                        root.add(new BoostQuery(new DisjunctionMaxQuery(perField, TIE_BREAKER), FUZZY_WEIGHT),
                                Occur.SHOULD);
                        clauses++;
                    }
                }
            }
        }

        List<String> used = new ArrayList<>();
        for (String alternative : synonyms.alternatives(text, synonymSets)) {
            if (used.size() >= MAX_SYNONYM_ALTERNATIVES) {
                break;
            }
            BooleanQuery.Builder anyAnalysis = new BooleanQuery.Builder();
            boolean added = false;
            Scripts altScripts = Scripts.of(alternative);
            for (Analysis a : Analysis.values()) {
                float weight = altScripts.weight(a);
                if (weight == 0) {
                    continue;
                }
                List<String> terms = distinct(Tokens.terms(analyzers.get(a), a.field(SearchFields.BODY), alternative));
                if (terms.isEmpty() || terms.size() > MAX_SYNONYM_TERMS) {
                    continue;
                }
                exact.computeIfAbsent(a, k -> new LinkedHashSet<>()).addAll(terms);
                if (terms.size() == 1) {
                    // one word: flat (term, field) clauses like the query's own words, so block-max WAND can skip
                    // documents where the synonym only counts little
                    for (Group g : groups) {
                        root.add(new BoostQuery(new TermQuery(new Term(a.field(g.name()), terms.get(0))),
                                g.boost() * weight * SYNONYM_WEIGHT), Occur.SHOULD);
                        clauses++;
                    }
                } else {
                    BooleanQuery.Builder all = new BooleanQuery.Builder();
                    for (String term : terms) {
                        all.add(bestField(a, term, groups), Occur.MUST);
                    }
                    anyAnalysis.add(new BoostQuery(all.build(), weight), Occur.SHOULD);
                }
                added = true;
            }
            if (added) {
                used.add(alternative);
                BooleanQuery multiWord = anyAnalysis.build();
                if (!multiWord.clauses().isEmpty()) {
                    root.add(new BoostQuery(multiWord, SYNONYM_WEIGHT), Occur.SHOULD);
                    clauses++;
                }
            }
        }
        Query q = clauses == 0 ? new MatchNoDocsQuery("nothing searchable") : root.build();
        return new Built(q, new MatchTerms(exact, fuzzy), used);
    }

    /**
     * Which analyses a text needs. Latin-script text (no Han/Kana/Hangul) comes out of the three analyzers as
     * (nearly) the same words, so searching all three scores the same matches three times over six or nine fields
     * and keeps Lucene from skipping documents (the per-block score bounds of the duplicates add up): it is searched
     * with the English analysis alone, weighted with the three weights together so its share of the score stays the
     * same. CJK-only text is not searched with the English analysis, which splits it into single characters that
     * match almost every CJK document (the bigram analysis covers single-character queries). Mixed text uses all.
     */
    record Scripts(boolean cjk, boolean other) {

        static Scripts of(String text) {
            boolean cjk = false;
            boolean other = false;
            for (int i = 0; i < text.length() && !(cjk && other); ) {
                int cp = text.codePointAt(i);
                if (SearchText.isCjk(cp)) {
                    cjk = true;
                } else if (Character.isLetterOrDigit(cp)) {
                    other = true;
                }
                i += Character.charCount(cp);
            }
            return new Scripts(cjk, other);
        }

        /**
         * The weight of the phrase clauses of an analysis: for Latin text, the English and SmartChinese phrases
         * (bigram phrases are only built for CJK text).
         */
        float phraseWeight(Analysis a) {
            return cjk ? a.weight() : Analysis.ENGLISH.weight() + Analysis.CHINESE.weight();
        }

        /** The weight of an analysis for this text; 0 when it is not used. */
        float weight(Analysis a) {
            if (!cjk) {
                if (a != Analysis.ENGLISH) {
                    return 0;
                }
                float sum = 0;
                for (Analysis x : Analysis.values()) {
                    sum += x.weight();
                }
                return sum;
            }
            if (!other && a == Analysis.ENGLISH) {
                return 0;
            }
            return a.weight();
        }
    }

    private static Query bestField(Analysis a, String term, List<Group> groups) {
        if (groups.size() == 1) {
            Group g = groups.get(0);
            return new BoostQuery(new TermQuery(new Term(a.field(g.name()), term)), g.boost());
        }
        List<Query> perField = new ArrayList<>(groups.size());
        for (Group g : groups) {
            perField.add(new BoostQuery(new TermQuery(new Term(a.field(g.name()), term)), g.boost()));
        }
        return new DisjunctionMaxQuery(perField, TIE_BREAKER);
    }

    /** How many edits a fuzzy variant of {@code term} may have: 0 for short or non-Latin words. */
    static int fuzzyEdits(String term) {
        if (!term.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return 0;
        }
        return term.length() >= 8 ? 2 : term.length() >= 5 ? 1 : 0;
    }

    private static List<String> distinct(List<String> terms) {
        List<String> out = new ArrayList<>(new LinkedHashSet<>(terms));
        return out.size() > MAX_TERMS ? out.subList(0, MAX_TERMS) : out;
    }
}
