package io.tessera.platform.knowledge.api;

import io.tessera.platform.knowledge.api.KnowledgeDtos.ContentDto;
import io.tessera.platform.knowledge.api.KnowledgeDtos.KnownError;
import io.tessera.platform.knowledge.api.KnowledgeDtos.Step;
import io.tessera.platform.knowledge.api.KnowledgeDtos.TransitionView;
import io.tessera.platform.knowledge.api.KnowledgeDtos.VersionView;
import io.tessera.platform.knowledge.application.ArticleCommands;
import io.tessera.platform.knowledge.application.ArticleService;
import io.tessera.platform.knowledge.domain.Article;
import io.tessera.platform.knowledge.domain.ArticleContent;
import io.tessera.platform.knowledge.domain.Audience;
import io.tessera.platform.knowledge.domain.Codes;
import io.tessera.platform.knowledge.domain.RichText;
import io.tessera.platform.web.InputValidator;
import io.tessera.platform.web.ProblemFactory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.util.List;

/**
 * The review workflow of article versions (agents): edit the draft, submit, approve (publish) or reject, retire;
 * the history of every step. Known errors from problem management are published here too.
 */
@Path("/t/{tenant}/knowledge")
@RequestScoped
@RolesAllowed({"agent", "tenant-admin"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArticleWorkflowResource {

    @Inject
    ArticleService articles;
    @Inject
    KnowledgeReaders readers;
    @Inject
    InputValidator validator;
    @Context
    HttpHeaders headers;
    @Context
    SecurityContext security;

    /** Changes the draft, or starts a new draft from the live version; the live version stays live meanwhile. */
    @PUT
    @Path("articles/{number}/draft")
    public VersionView editDraft(@PathParam("number") String number, ContentDto body) {
        validator.validate(body, ProblemFactory.locale(headers));
        return VersionView.of(articles.edit(KnowledgeDtos.number(number), body.toContent(), readers.actor(), readers.reader(security)));
    }

    @POST
    @Path("articles/{number}/submit")
    public VersionView submit(@PathParam("number") String number, Step body) {
        return VersionView.of(articles.submit(KnowledgeDtos.number(number), readers.actor(), readers.reader(security), comment(body)));
    }

    @POST
    @Path("articles/{number}/approve")
    public VersionView approve(@PathParam("number") String number, Step body) {
        return VersionView.of(articles.approve(KnowledgeDtos.number(number), readers.actor(), readers.reader(security), comment(body)));
    }

    @POST
    @Path("articles/{number}/reject")
    public VersionView reject(@PathParam("number") String number, Step body) {
        return VersionView.of(articles.reject(KnowledgeDtos.number(number), readers.actor(), readers.reader(security), comment(body)));
    }

    @POST
    @Path("articles/{number}/retire")
    public Response retire(@PathParam("number") String number, Step body) {
        Article a = articles.retire(KnowledgeDtos.number(number), readers.actor(), readers.reader(security), comment(body));
        return Response.ok(java.util.Map.of("number", a.number().toString(), "status", a.status().code())).build();
    }

    @GET
    @Path("articles/{number}/history")
    public List<TransitionView> history(@PathParam("number") String number) {
        Article a = articles.read(KnowledgeDtos.number(number), readers.reader(security));
        return a.history().stream().map(t -> TransitionView.of(t, a)).toList();
    }

    /** Publishes (or revises) the article of a known error; keyed by the problem's reference. */
    @POST
    @Path("known-errors")
    public KnowledgeDtos.ArticleView publishKnownError(KnownError body) {
        validator.validate(body, ProblemFactory.locale(headers));
        Article a = articles.publishKnownError(new ArticleCommands.PublishKnownError(body.sourceRef().strip(),
                Codes.fromCode(Codes.Language.class, body.language()),
                new ArticleContent(body.title(), body.summary(), RichText.sanitise(body.body()), body.tags()),
                body.workaround(), body.workaroundAudience() == null ? Audience.Kind.AGENTS
                : Codes.fromCode(Audience.Kind.class, body.workaroundAudience()),
                body.audience() == null ? Audience.everyone() : body.audience().toAudience()), readers.actor());
        Audience.Reader reader = readers.reader(security);
        return KnowledgeDtos.ArticleView.of(a, reader, articles.translations(a, reader), null,
                readers::groupName);
    }

    private String comment(Step body) {
        if (body != null) {
            validator.validate(body, ProblemFactory.locale(headers));
            return body.comment();
        }
        return null;
    }
}
