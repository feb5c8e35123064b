package io.tessera.platform.search.analysis;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Registers {@link TesseraAnalyzers} with Hibernate Search's Lucene backend (property
 * {@code hibernate.search.backend.analysis.configurer}). Instantiated by Hibernate Search by reflection.
 */
public class SearchAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        TesseraAnalyzers.create().forEach((name, analyzer) -> context.analyzer(name).instance(analyzer));
    }
}
