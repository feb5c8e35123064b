package io.tessera.platform.search;

import io.tessera.platform.search.analysis.TesseraAnalyzers;
import io.tessera.platform.search.query.RelevanceQueryBuilder;
import io.tessera.platform.search.query.SnippetHighlighter;
import io.tessera.platform.search.query.Tokens;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.lucene.analysis.Analyzer;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The search building blocks of this node, shared by all features: the analyzers (the same definitions the index
 * uses), the relevance query builder and the snippet highlighter. Checks at start-up that SmartChinese can load its
 * dictionaries (they are Java-serialised and need {@code jdk.serialFilter maxarray >= 1000000}).
 */
@ApplicationScoped
public class SearchToolkit {

    private static final Logger LOG = Logger.getLogger(SearchToolkit.class.getName());

    private Map<String, Analyzer> analyzers;
    private RelevanceQueryBuilder queries;
    private SnippetHighlighter highlighter;
    private volatile String analysisProblem;

    @PostConstruct
    void init() {
        analyzers = TesseraAnalyzers.create();
        queries = new RelevanceQueryBuilder(analyzers);
        highlighter = new SnippetHighlighter(analyzers);
        try {
            if (Tokens.terms(analyzers.get(TesseraAnalyzers.CHINESE), "check", "打印机无法连接").size() < 2) {
                analysisProblem = "SmartChinese segmentation returned no words";
            }
        } catch (RuntimeException | Error e) {
            analysisProblem = "SmartChinese cannot load its dictionaries (is jdk.serialFilter maxarray >= 1000000?): "
                    + e;
            LOG.log(Level.SEVERE, analysisProblem, e);
        }
    }

    public RelevanceQueryBuilder queries() {
        return queries;
    }

    public SnippetHighlighter highlighter() {
        return highlighter;
    }

    public Analyzer analyzer(String name) {
        return analyzers.get(name);
    }

    /** Null when the analysis chains work; otherwise what is wrong (shown in the index health). */
    public String analysisProblem() {
        return analysisProblem;
    }
}
