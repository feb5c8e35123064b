package io.tessera.platform.search;

import io.tessera.platform.search.query.RelevanceQueryBuilder;
import io.tessera.platform.search.query.SearchFields;
import io.tessera.platform.search.query.SearchText;
import io.tessera.platform.search.query.SynonymSet;
import io.tessera.platform.ticket.domain.Ticket;
import io.tessera.platform.ticket.domain.TicketNumber;
import io.tessera.platform.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ticket search for agents of the current tenant: by number (exact) and by title and description, with the same
 * analysis, synonyms, typo tolerance and highlighting as the knowledge base.
 */
@ApplicationScoped
@Transactional
public class TicketSearchService {

    @PersistenceContext(unitName = "tessera")
    EntityManager em;
    @Inject
    SearchToolkit toolkit;

    public record Hit(String number, String title, String titleHighlighted, String snippet, String status,
                      float score) {
    }

    public record Result(long total, List<Hit> hits, long tookMillis) {
    }

    public Result search(String q, List<SynonymSet> synonyms, int page, int size) {
        if (q != null && q.length() > SearchText.MAX_QUERY) {
            throw ApiException.badRequest("search-query-too-long", SearchText.MAX_QUERY);
        }
        if (size < 1 || size > 50 || page < 1 || (long) (page - 1) * size > 5_000) {
            throw ApiException.badRequest("invalid-paging", 50, 5_000);
        }
        Optional<SearchText> text = SearchText.of(q);
        if (text.isEmpty()) {
            return new Result(0, List.of(), 0);
        }
        RelevanceQueryBuilder.Built built = toolkit.queries().build(text.get(), synonyms, SearchFields.PUBLIC_TEXT);
        Optional<TicketNumber> number = TicketNumber.parse(text.get().value());
        // the type is the entity's discriminator, not an indexed field: hits are loaded (a page is small)
        SearchResult<List<?>> r = Search.session(em).search(Ticket.class)
                .select(f -> f.composite().from(f.entity(), f.score()).asList())
                .where(f -> {
                    BooleanPredicateClausesStep<?> b = f.bool();
                    b.should(f.extension(LuceneExtension.get()).fromLuceneQuery(built.query()));
                    number.ifPresent(n -> b.should(f.match().field("number").matching(n.value()).boost(100f)));
                    return b;
                })
                .sort(f -> f.score().then().field("number").desc())
                .fetch((page - 1) * size, size);
        List<Hit> hits = new ArrayList<>();
        for (List<?> row : r.hits()) {
            Ticket ticket = (Ticket) row.get(0);
            float score = (Float) row.get(1);
            if (number.isPresent() && ticket.number().value() == number.get().value()
                    && !ticket.number().equals(number.get())) {
                score = score / 100f; // same digits, other type: not the ticket asked for
            }
            hits.add(new Hit(ticket.number().toString(), ticket.title(),
                    toolkit.highlighter().highlight(ticket.title(), built.terms(), 400),
                    toolkit.highlighter().highlight(ticket.description(), built.terms(), 200),
                    ticket.status(), score));
        }
        hits.sort(java.util.Comparator.comparingDouble((Hit h) -> -h.score()));
        return new Result(r.total().hitCount(), hits, r.took().toMillis());
    }
}
