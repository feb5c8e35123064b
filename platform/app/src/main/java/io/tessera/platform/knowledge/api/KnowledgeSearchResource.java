package io.tessera.platform.knowledge.api;

import io.tessera.platform.knowledge.application.ArticleSearchRequest.Result;
import io.tessera.platform.knowledge.application.ArticleSearchRequest.Suggestion;
import io.tessera.platform.knowledge.application.KnowledgeSearchService;
import io.tessera.platform.web.InputValidator;
import io.tessera.platform.web.ProblemFactory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import java.util.List;

/**
 * Knowledge search for every reader of the tenant: results with highlighted snippets, facet counts and paging;
 * suggestions as you type; articles that may solve a ticket being written. Query text is plain text, never query
 * syntax.
 */
@Path("/t/{tenant}/knowledge")
@RequestScoped
@RolesAllowed({"end-user", "agent", "tenant-admin"})
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeSearchResource {

    @Inject
    KnowledgeSearchService search;
    @Inject
    KnowledgeReaders readers;
    @Inject
    InputValidator validator;
    @Context
    SecurityContext security;
    @Context
    HttpHeaders headers;

    /**
     * @param q        the words to look for (any language); empty lists everything the caller may read, newest first
     * @param tags     only articles with all these tags ({@code tag=a&tag=b})
     * @param category only articles in this category or below it
     * @param lang     only articles in this language ({@code en}, {@code zh-CN})
     * @param facets   also count tags, categories and languages over all matches (costs time on big result sets;
     *                 ask for it when showing them); without it the total is exact up to 1,000 matches
     */
    @GET
    @Path("search")
    public Result search(@QueryParam("q") String q, @QueryParam("tag") List<String> tags,
                         @QueryParam("category") String category, @QueryParam("lang") String lang,
                         @QueryParam("page") @DefaultValue("1") int page,
                         @QueryParam("size") @DefaultValue("10") int size,
                         @QueryParam("facets") @DefaultValue("false") boolean facets) {
        return search.search(readers.reader(security),
                new KnowledgeSearchService.Criteria(q, tags, category, lang, page, size, facets));
    }

    @GET
    @Path("suggest")
    public List<Suggestion> suggest(@QueryParam("q") String q, @QueryParam("limit") @DefaultValue("8") int limit) {
        return search.suggest(readers.reader(security), q, limit);
    }

    /** What a ticket being written is about. */
    public record Draft(@Size(max = 200) String title, @Size(max = 10_000) String description) {
    }

    /** Articles that may solve the ticket being written (deflection), best first. */
    @POST
    @Path("deflect")
    @Consumes(MediaType.APPLICATION_JSON)
    public Result deflect(Draft body, @QueryParam("limit") @DefaultValue("5") int limit) {
        validator.validate(body, ProblemFactory.locale(headers));
        return search.deflect(readers.reader(security), body.title(), body.description(), limit);
    }
}
