package io.tessera.platform.search.index;

import io.tessera.platform.search.analysis.TesseraAnalyzers;
import io.tessera.platform.ticket.domain.Ticket;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * Maps entities of other features into the search index without annotating them, so those features stay free of
 * search concerns ({@code hibernate.search.mapping.configurer}). Tickets: number, title and description (the same
 * field names and analyzers as articles, so one query builder serves both), status and requester for filtering.
 * Ticket comments are not indexed yet (tickets have none so far). Instantiated by Hibernate Search by reflection.
 */
public class SearchMappingConfigurer implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep ticket = context.programmaticMapping().type(Ticket.class);
        ticket.indexed().index("ticket");
        ticket.property("number").genericField("number").projectable(Projectable.YES)
                .sortable(org.hibernate.search.engine.backend.types.Sortable.YES);
        ticket.property("title")
                .fullTextField("title_en").analyzer(TesseraAnalyzers.ENGLISH).projectable(Projectable.YES)
                .fullTextField("title_zh").analyzer(TesseraAnalyzers.CHINESE)
                .fullTextField("title_cjk").analyzer(TesseraAnalyzers.CJK_BIGRAM);
        ticket.property("description")
                .fullTextField("body_en").analyzer(TesseraAnalyzers.ENGLISH).projectable(Projectable.YES)
                .fullTextField("body_zh").analyzer(TesseraAnalyzers.CHINESE)
                .fullTextField("body_cjk").analyzer(TesseraAnalyzers.CJK_BIGRAM);
        ticket.property("status").keywordField("status").projectable(Projectable.YES);
        ticket.property("requesterId").keywordField("requester");
    }
}
