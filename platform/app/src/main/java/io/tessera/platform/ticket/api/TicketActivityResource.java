package io.tessera.platform.ticket.api;

import io.tessera.platform.identity.CurrentUser;
import io.tessera.platform.ticket.api.TicketDtos.CommentView;
import io.tessera.platform.ticket.application.TicketCommands;
import io.tessera.platform.ticket.application.TicketCommentService;
import io.tessera.platform.ticket.application.TicketHistoryService;
import io.tessera.platform.ticket.domain.TicketComment;
import io.tessera.platform.web.InputValidator;
import io.tessera.platform.web.ProblemFactory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * What happened on a ticket: comments (public replies and, for agents, internal work notes) and the full history
 * of changes (agents).
 */
@Path("/t/{tenant}/tickets")
@RequestScoped
@RolesAllowed({"end-user", "agent", "tenant-admin"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets")
public class TicketActivityResource {

    @Inject
    TicketCommentService comments;
    @Inject
    TicketHistoryService history;
    @Inject
    CurrentUser caller;
    @Inject
    InputValidator validator;
    @Context
    HttpHeaders headers;

    @GET
    @Path("{number}/comments")
    @Operation(summary = "Comments, oldest first; end users see public replies only")
    public List<CommentView> comments(@PathParam("number") String number) {
        return comments.list(caller, number).stream().map(CommentView::of).toList();
    }

    @POST
    @Path("{number}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a public reply, or (agents) an internal work note (visibility work_note)")
    public Response comment(@PathParam("number") String number, TicketCommands.Comment body,
                            @Context UriInfo uri) {
        validator.validate(body, ProblemFactory.locale(headers));
        TicketComment c = comments.add(caller, number, body);
        return Response.created(uri.getAbsolutePathBuilder().path(c.id().toString()).build())
                .entity(CommentView.of(c)).build();
    }

    @GET
    @Path("{number}/history")
    @RolesAllowed({"agent", "tenant-admin"})
    @Operation(summary = "Every change with who and when: creation, field changes (from, to), comments")
    public List<TicketHistoryService.Entry> history(@PathParam("number") String number) {
        return history.of(caller, number);
    }
}
