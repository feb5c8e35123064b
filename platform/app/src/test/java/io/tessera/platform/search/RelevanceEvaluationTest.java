package io.tessera.platform.search;

import io.tessera.platform.knowledge.domain.Actor;
import io.tessera.platform.knowledge.domain.Article;
import io.tessera.platform.knowledge.domain.ArticleContent;
import io.tessera.platform.knowledge.domain.ArticleNumber;
import io.tessera.platform.knowledge.domain.Audience;
import io.tessera.platform.knowledge.domain.Codes;
import io.tessera.platform.knowledge.domain.RichText;
import io.tessera.platform.search.analysis.TesseraAnalyzers;
import io.tessera.platform.search.query.BuiltInSynonyms;
import io.tessera.platform.search.query.RelevanceQueryBuilder;
import io.tessera.platform.search.query.SearchFields;
import io.tessera.platform.search.query.SearchText;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relevance evaluation harness: indexes the bilingual test collection ({@code relevance/articles.tsv}) in an
 * in-memory Lucene index with exactly the production analyzers, fields and document text (built by the real
 * {@link Article} aggregate), runs the graded queries ({@code relevance/queries.tsv}) through the production
 * {@link RelevanceQueryBuilder} with the built-in synonyms, and prints nDCG@10 and MRR per query and overall
 * (also to {@code target/relevance-report.txt}). A report, not a gate: it asserts only that it ran. Deterministic.
 */
class RelevanceEvaluationTest {

    private static final int K = 10;

    record Doc(String id, Codes.Language language, String title, String body, List<String> tags) {
    }

    record Query(String id, String text, Map<String, Integer> grades) {
    }

    @Test
    void reportNdcgAndMrrOfTheBilingualCollection() throws IOException {
        List<Doc> docs = readDocs();
        List<Query> queries = readQueries();
        Map<String, Analyzer> analyzers = TesseraAnalyzers.create();
        RelevanceQueryBuilder builder = new RelevanceQueryBuilder(analyzers);

        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(perField(analyzers)))) {
            long n = 1;
            for (Doc d : docs) {
                w.addDocument(document(d, n++));
            }
        }
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "%-4s %-40s %7s %6s  top 3%n", "id", "query", "nDCG@10", "RR"));
        double ndcgSum = 0;
        double rrSum = 0;
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (Query q : queries) {
                RelevanceQueryBuilder.Built built = builder.build(SearchText.of(q.text()).orElseThrow(),
                        BuiltInSynonyms.sets(), SearchFields.PUBLIC_TEXT);
                List<String> ranked = new ArrayList<>();
                for (ScoreDoc sd : searcher.search(built.query(), K).scoreDocs) {
                    ranked.add(searcher.storedFields().document(sd.doc).get("id"));
                }
                double ndcg = ndcg(ranked, q.grades());
                double rr = reciprocalRank(ranked, q.grades());
                ndcgSum += ndcg;
                rrSum += rr;
                report.append(String.format(Locale.ROOT, "%-4s %-40s %7.3f %6.3f  %s%n", q.id(), q.text(), ndcg, rr,
                        ranked.subList(0, Math.min(3, ranked.size()))));
            }
        }
        double meanNdcg = ndcgSum / queries.size();
        double mrr = rrSum / queries.size();
        report.append(String.format(Locale.ROOT, "%n%d articles, %d queries: mean nDCG@10 = %.4f, MRR = %.4f%n",
                docs.size(), queries.size(), meanNdcg, mrr));
        System.out.println("[relevance]\n" + report);
        Path out = Path.of("target", "relevance-report.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);

        assertThat(meanNdcg).isBetween(0.0, 1.0);
        assertThat(mrr).isBetween(0.0, 1.0);
    }

    /** The document as Hibernate Search builds it from the entity: same field names, same text. */
    private static Document document(Doc d, long number) {
        Instant now = Instant.parse("2026-11-01T00:00:00Z");
        Article a = Article.draft(new ArticleNumber(number), d.language(), null,
                new ArticleContent(d.title(), "", RichText.sanitise("<p>" + d.body() + "</p>"), d.tags()),
                Audience.everyone(), new Actor("author", "Author"), now);
        a.submitForReview(new Actor("author", "Author"), null, now);
        a.approve(new Actor("reviewer", "Reviewer"), null, now);
        String title = a.liveVersion().orElseThrow().content().title();
        Document doc = new Document();
        doc.add(new StringField("id", d.id(), Field.Store.YES));
        for (SearchFields.Analysis an : SearchFields.Analysis.values()) {
            doc.add(new TextField(an.field(SearchFields.TITLE), title, Field.Store.NO));
            doc.add(new TextField(an.field(SearchFields.BODY), a.getSearchBody(), Field.Store.NO));
        }
        return doc;
    }

    private static Analyzer perField(Map<String, Analyzer> analyzers) {
        Map<String, Analyzer> byField = new HashMap<>();
        for (SearchFields.Analysis an : SearchFields.Analysis.values()) {
            for (String group : List.of(SearchFields.TITLE, SearchFields.BODY, SearchFields.INTERNAL)) {
                byField.put(an.field(group), analyzers.get(an.analyzer()));
            }
        }
        return new PerFieldAnalyzerWrapper(analyzers.get(TesseraAnalyzers.ENGLISH), byField);
    }

    static double ndcg(List<String> ranked, Map<String, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(K, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().sorted((x, y) -> y - x).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(K, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** Reciprocal rank of the first result graded 2 or 3. */
    static double reciprocalRank(List<String> ranked, Map<String, Integer> grades) {
        for (int i = 0; i < ranked.size(); i++) {
            if (grades.getOrDefault(ranked.get(i), 0) >= 2) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static List<Doc> readDocs() throws IOException {
        List<Doc> docs = new ArrayList<>();
        for (String[] f : rows("relevance/articles.tsv", 5)) {
            docs.add(new Doc(f[0], Codes.fromCode(Codes.Language.class, f[1]), f[2], f[3], List.of(f[4].split(","))));
        }
        return docs;
    }

    private static List<Query> readQueries() throws IOException {
        List<Query> queries = new ArrayList<>();
        for (String[] f : rows("relevance/queries.tsv", 3)) {
            Map<String, Integer> grades = new LinkedHashMap<>();
            for (String j : f[2].split(",")) {
                String[] kv = j.split(":");
                grades.put(kv[0].strip(), Integer.parseInt(kv[1].strip()));
            }
            queries.add(new Query(f[0], f[1], grades));
        }
        return queries;
    }

    private static List<String[]> rows(String resource, int columns) throws IOException {
        try (InputStream in = RelevanceEvaluationTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing");
            }
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != columns) {
                    throw new IllegalStateException(resource + ": expected " + columns + " columns: " + line);
                }
                out.add(f);
            }
            return out;
        }
    }
}
