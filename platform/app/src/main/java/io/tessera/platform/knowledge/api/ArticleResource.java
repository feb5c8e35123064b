package io.tessera.platform.knowledge.api;

import io.tessera.platform.knowledge.api.KnowledgeDtos.ArticleView;
import io.tessera.platform.knowledge.api.KnowledgeDtos.Classification;
import io.tessera.platform.knowledge.api.KnowledgeDtos.CreateArticle;
import io.tessera.platform.knowledge.api.KnowledgeDtos.Summary;
import io.tessera.platform.knowledge.api.KnowledgeDtos.SummaryPage;
import io.tessera.platform.knowledge.application.ArticleCommands;
import io.tessera.platform.knowledge.application.ArticleService;
import io.tessera.platform.knowledge.application.FeedbackService;
import io.tessera.platform.knowledge.domain.Article;
import io.tessera.platform.knowledge.domain.ArticleNumber;
import io.tessera.platform.knowledge.domain.Audience;
import io.tessera.platform.knowledge.domain.Codes;
import io.tessera.platform.web.ApiException;
import io.tessera.platform.web.InputValidator;
import io.tessera.platform.web.ProblemFactory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/**
 * Knowledge articles ({@code /knowledge/articles}; all knowledge resources share the root path so JAX-RS matches
 * their methods together): agents write and classify them; every reader reads what their audience allows. */
@Path("/t/{tenant}/knowledge")
@RequestScoped
@RolesAllowed({"end-user", "agent", "tenant-admin"})
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    @Inject
    ArticleService articles;
    @Inject
    FeedbackService feedback;
    @Inject
    KnowledgeReaders readers;
    @Inject
    InputValidator validator;
    @Context
    HttpHeaders headers;
    @Context
    SecurityContext security;

    @POST
    @Path("articles")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"agent", "tenant-admin"})
    public Response create(CreateArticle body, @Context UriInfo uri) {
        validator.validate(body, ProblemFactory.locale(headers));
        Article a = articles.create(new ArticleCommands.Create(body.content().toContent(),
                Codes.fromCode(Codes.Language.class, body.language()),
                body.audience() == null ? Audience.everyone() : body.audience().toAudience(), body.category(),
                body.relatedServices(), KnowledgeDtos.optionalNumber(body.translationOf())), readers.actor(), readers.reader(security));
        return Response.created(uri.getAbsolutePathBuilder().path(a.number().toString()).build())
                .entity(view(a)).build();
    }

    /**
     * @param status agents only: {@code draft}, {@code published} or {@code retired}; readers always get published
     */
    @GET
    @Path("articles")
    public SummaryPage list(@QueryParam("status") String status, @QueryParam("after") String after,
                            @QueryParam("limit") @DefaultValue("25") int limit) {
        Codes.ArticleStatus s = status == null ? null : Codes.parse(Codes.ArticleStatus.class, status)
                .orElseThrow(() -> ApiException.badRequest("invalid-status", status));
        Long before = after == null ? null : ArticleNumber.parse(after).map(ArticleNumber::value)
                .orElseThrow(() -> ApiException.badRequest("invalid-cursor"));
        ArticleService.Page page = articles.list(readers.reader(security), s, before, Math.max(1, Math.min(limit, 100)));
        return new SummaryPage(page.items().stream().map(Summary::of).toList(),
                page.next() == null ? null : new ArticleNumber(page.next()).toString());
    }

    @GET
    @Path("articles/{number}")
    public ArticleView get(@PathParam("number") String number) {
        Audience.Reader reader = readers.reader(security);
        Article a = articles.read(KnowledgeDtos.number(number), reader);
        return ArticleView.of(a, reader, articles.translations(a, reader), feedback.tally(a),
                readers::groupName);
    }

    @PUT
    @Path("articles/{number}/classification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"agent", "tenant-admin"})
    public ArticleView classify(@PathParam("number") String number, Classification body) {
        validator.validate(body, ProblemFactory.locale(headers));
        Article a = articles.classify(KnowledgeDtos.number(number), new ArticleCommands.Classify(
                body.language() == null ? null : Codes.fromCode(Codes.Language.class, body.language()),
                body.audience() == null ? null : body.audience().toAudience(), body.category(),
                Boolean.TRUE.equals(body.clearCategory()), body.relatedServices(),
                KnowledgeDtos.optionalNumber(body.translationOf())), readers.reader(security));
        return view(a);
    }

    private ArticleView view(Article a) {
        Audience.Reader reader = readers.reader(security);
        return ArticleView.of(a, reader, articles.translations(a, reader), null,
                readers::groupName);
    }
}
