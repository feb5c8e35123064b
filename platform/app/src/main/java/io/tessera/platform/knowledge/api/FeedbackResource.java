package io.tessera.platform.knowledge.api;

import io.tessera.platform.knowledge.api.KnowledgeDtos.FeedbackView;
import io.tessera.platform.knowledge.application.FeedbackService;
import io.tessera.platform.knowledge.domain.FeedbackRepository;
import io.tessera.platform.web.InputValidator;
import io.tessera.platform.web.ProblemFactory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import java.util.List;

/** "Did this help?" votes and outdated flags from readers; the poor-feedback report for agents. */
@Path("/t/{tenant}/knowledge")
@RequestScoped
@RolesAllowed({"end-user", "agent", "tenant-admin"})
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {

    @Inject
    FeedbackService feedback;
    @Inject
    KnowledgeReaders readers;
    @Inject
    InputValidator validator;
    @Context
    SecurityContext security;
    @Context
    HttpHeaders headers;

    public record Vote(@NotNull Boolean helpful) {
    }

    public record Flag(@Size(max = 2000) String comment) {
    }

    @POST
    @Path("articles/{number}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    public FeedbackView vote(@PathParam("number") String number, Vote body) {
        validator.validate(body, ProblemFactory.locale(headers));
        return FeedbackView.of(feedback.vote(KnowledgeDtos.number(number), readers.reader(security), body.helpful()));
    }

    @POST
    @Path("articles/{number}/outdated")
    @Consumes(MediaType.APPLICATION_JSON)
    public FeedbackView flagOutdated(@PathParam("number") String number, Flag body) {
        validator.validate(body, ProblemFactory.locale(headers));
        return FeedbackView.of(feedback.flagOutdated(KnowledgeDtos.number(number), readers.reader(security),
                body.comment()));
    }

    @POST
    @Path("articles/{number}/outdated/resolve")
    @RolesAllowed({"agent", "tenant-admin"})
    public FeedbackView resolve(@PathParam("number") String number) {
        return FeedbackView.of(feedback.resolveFlags(KnowledgeDtos.number(number)));
    }

    public record ReportEntry(String number, String title, String status, long views, long helpful, long notHelpful,
                              Double helpfulRatio, long openOutdatedFlags) {
        static ReportEntry of(FeedbackRepository.ReportRow r) {
            return new ReportEntry(new io.tessera.platform.knowledge.domain.ArticleNumber(r.number()).toString(),
                    r.title(), r.status(), r.views(), r.helpful(), r.notHelpful(), r.helpfulRatio(),
                    r.openOutdatedFlags());
        }
    }

    /** Articles with poor feedback, worst first: low helpful share (with enough votes) or flagged as outdated. */
    @GET
    @Path("reports/poor-feedback")
    @RolesAllowed({"agent", "tenant-admin"})
    public List<ReportEntry> poorFeedback(@QueryParam("minVotes") @DefaultValue("3") int minVotes,
                                          @QueryParam("maxHelpfulRatio") @DefaultValue("0.5") double maxRatio,
                                          @QueryParam("limit") @DefaultValue("50") int limit) {
        return feedback.poorFeedback(Math.max(1, minVotes), Math.max(0, Math.min(1, maxRatio)),
                Math.max(1, Math.min(limit, 200))).stream().map(ReportEntry::of).toList();
    }
}
